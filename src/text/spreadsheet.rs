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
//!
//! Two layouts ([`Dialect`]): RFC 4180 (`,` between cells, CRLF after each
//! row), and one for Excel and LibreOffice in a Polish locale (`--excel`):
//! UTF-8 with a byte order mark, so the letters are read as UTF-8, `;`
//! between cells, as a Polish spreadsheet expects, and CRLF.

use std::io::{self, Write};

use super::sanitize;

/// The layout of a CSV file.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Dialect {
    /// RFC 4180: `,` and CRLF, no byte order mark.
    #[default]
    Rfc4180,
    /// For spreadsheets in a Polish locale: a UTF-8 byte order mark, `;`
    /// and CRLF.
    Excel,
}

impl Dialect {
    /// [`Dialect::Excel`] when asked for (`--excel`), otherwise RFC 4180.
    pub fn excel_if(excel: bool) -> Self {
        if excel { Self::Excel } else { Self::Rfc4180 }
    }
}

/// The byte order mark that tells a spreadsheet the file is UTF-8.
pub const BOM: &str = "\u{feff}";

/// A CSV writer in one [`Dialect`] whose every cell goes through the
/// sanitiser.
pub struct Writer<W: Write> {
    inner: csv::Writer<W>,
}

impl<W: Write> Writer<W> {
    /// A writer to `out`; for [`Dialect::Excel`] the byte order mark is
    /// written at once.
    pub fn new(mut out: W, dialect: Dialect) -> io::Result<Self> {
        let delimiter = match dialect {
            Dialect::Rfc4180 => b',',
            Dialect::Excel => {
                out.write_all(BOM.as_bytes())?;
                b';'
            }
        };
        let inner = csv::WriterBuilder::new()
            .delimiter(delimiter)
            .terminator(csv::Terminator::CRLF)
            .from_writer(out);
        Ok(Self { inner })
    }

    /// Writes one row, each cell sanitised.
    pub fn row<S: AsRef<str>>(&mut self, cells: impl IntoIterator<Item = S>) -> csv::Result<()> {
        for cell in cells {
            self.inner.write_field(sanitize(cell.as_ref()).as_bytes())?;
        }
        self.inner.write_record(None::<&[u8]>)
    }

    /// Writes out what is buffered.
    pub fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn written(dialect: Dialect, rows: &[&[&str]]) -> String {
        let mut out = Vec::new();
        let mut w = Writer::new(&mut out, dialect).expect("bom");
        for row in rows {
            w.row(row.iter()).expect("write");
        }
        w.flush().expect("flush");
        drop(w);
        String::from_utf8(out).expect("utf-8")
    }

    #[test]
    fn cells_are_clean_and_otherwise_as_given() {
        let text = written(
            Dialect::Rfc4180,
            &[
                &["a\u{1b}]0;x\u{7}b", "line\nnext", "=1+1", "c\u{202e}d"],
                &["", "x", "", ""],
            ],
        );
        assert_eq!(text, "ab,\"line\nnext\",=1+1,cd\r\n,x,,\r\n");
    }

    #[test]
    fn excel_has_a_bom_semicolons_and_crlf() {
        let text = written(
            Dialect::Excel,
            &[
                &["Słupsk", "a;b", "1,5", "12"],
                &["żółć", "", "x\u{7}", "3"],
            ],
        );
        assert_eq!(text, "\u{feff}Słupsk;\"a;b\";1,5;12\r\nżółć;;x;3\r\n");
    }
}
