//! JSON for terminals and scripts alike: pretty JSON in which every character
//! the [sanitiser](super::sanitize) would remove is written as a `\uXXXX`
//! escape.
//!
//! serde_json escapes only C0 controls, `"` and `\`; DEL, the C1 controls
//! (U+009B is a CSI to some terminals), the bidirectional controls and the
//! line separators would reach a terminal raw when the output is not
//! redirected. Escaped, they are still the same data: any JSON reader gives
//! back the very same string, so exports still round-trip.

use std::io::{self, Write};

use serde::Serialize;
use serde_json::ser::{Formatter, PrettyFormatter, Serializer};

/// Writes `value` as pretty JSON (no final newline) with terminal-unsafe
/// characters escaped. An I/O failure keeps its kind (a closed pipe stays
/// [`io::ErrorKind::BrokenPipe`]).
pub fn to_writer_pretty<W: Write, T: Serialize + ?Sized>(out: W, value: &T) -> io::Result<()> {
    let mut ser = Serializer::with_formatter(out, Escaping(PrettyFormatter::new()));
    value.serialize(&mut ser).map_err(io::Error::from)
}

/// [`to_writer_pretty`] into a string.
pub fn to_string_pretty<T: Serialize + ?Sized>(value: &T) -> String {
    let mut out = Vec::new();
    // Writing to memory fails only when a value cannot be serialised (a map
    // with non-string keys), which Pomost's types never are.
    if to_writer_pretty(&mut out, value).is_err() {
        out.clear();
    }
    String::from_utf8(out).unwrap_or_default()
}

/// True for a character written as `\uXXXX` (all are in the Basic
/// Multilingual Plane, so one escape each).
fn escaped(c: char) -> bool {
    c == '\u{7f}'
        || ('\u{80}'..='\u{9f}').contains(&c)
        || super::is_bidi_control(c)
        || c == '\u{2028}'
        || c == '\u{2029}'
}

/// serde_json's pretty formatter, with [`escaped`] characters escaped.
struct Escaping(PrettyFormatter<'static>);

impl Formatter for Escaping {
    fn write_string_fragment<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        let mut start = 0;
        for (at, c) in fragment.char_indices() {
            if escaped(c) {
                writer.write_all(&fragment.as_bytes()[start..at])?;
                write!(writer, "\\u{:04x}", c as u32)?;
                start = at + c.len_utf8();
            }
        }
        writer.write_all(&fragment.as_bytes()[start..])
    }

    fn begin_array<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.begin_array(writer)
    }

    fn end_array<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_array(writer)
    }

    fn begin_array_value<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.0.begin_array_value(writer, first)
    }

    fn end_array_value<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_array_value(writer)
    }

    fn begin_object<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.begin_object(writer)
    }

    fn end_object<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_object(writer)
    }

    fn begin_object_key<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.0.begin_object_key(writer, first)
    }

    fn begin_object_value<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.begin_object_value(writer)
    }

    fn end_object_value<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_object_value(writer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terminal_controls_are_escaped_and_read_back_the_same() {
        let text = "a\u{1b}[2J b\u{9b}31m c\u{202e}d e\u{7f} f\u{2028} Łódź 日本";
        let json = to_string_pretty(&serde_json::json!({ "name": text, "list": [text] }));
        assert!(
            !json
                .chars()
                .any(|c| (c.is_control() && c != '\n') || escaped(c)),
            "{json}"
        );
        assert!(json.contains("\\u001b") && json.contains("\\u009b") && json.contains("\\u202e"));
        assert!(
            json.contains("Łódź 日本"),
            "other text stays as it is: {json}"
        );
        let back: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
        assert_eq!(back["name"], text);
        assert_eq!(back["list"][0], text);
        // Without anything to escape it is serde_json's own pretty output.
        let plain = serde_json::json!({"a": [1, "b"], "c": {}});
        assert_eq!(
            to_string_pretty(&plain),
            serde_json::to_string_pretty(&plain).expect("json")
        );
    }
}
