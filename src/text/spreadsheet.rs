//! CSV rows for spreadsheets and terminals: every cell through the sanitiser.
//!
//! CSV has no escape for a control character, so one would reach whoever
//! prints the file (`pomost … --format csv` without a redirection) raw. Cells
//! therefore go through [`sanitize`](super::sanitize): escape sequences, C0
//! (newline aside: a quoted cell may span lines), DEL, C1 and bidirectional
//! controls are dropped, a tab becomes a space. Nothing else changes: what
//! import and the forms accept never holds those characters (bidirectional
//! controls aside), so the data stays faithful.
//!
//! Formula injection: a cell starting with `=`, `+`, `-` or `@` is a formula
//! to a spreadsheet that opens the file. Cells are not altered for it (a
//! leading apostrophe would change the data, and `-` starts phone numbers and
//! negative numbers); the texts come from staff and checked imports, and
//! spreadsheets ask before they run external links. Open an export from an
//! unknown source with formulas disabled.

use std::io::Write;

use super::sanitize;

/// Writes one record, each field sanitised.
pub fn write_record<W: Write, S: AsRef<str>>(
    w: &mut csv::Writer<W>,
    fields: impl IntoIterator<Item = S>,
) -> csv::Result<()> {
    for field in fields {
        w.write_field(sanitize(field.as_ref()).as_bytes())?;
    }
    w.write_record(None::<&[u8]>)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_clean_and_otherwise_as_given() {
        let mut w = csv::Writer::from_writer(Vec::new());
        write_record(
            &mut w,
            ["a\u{1b}]0;x\u{7}b", "line\nnext", "=1+1", "c\u{202e}d"],
        )
        .expect("write");
        write_record(&mut w, ["", "x", "", ""]).expect("write");
        let bytes = w.into_inner().expect("flush");
        let text = String::from_utf8(bytes).expect("utf-8");
        assert_eq!(text, "ab,\"line\nnext\",=1+1,cd\n,x,,\n");
    }
}
