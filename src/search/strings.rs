//! Many short texts kept one after the other in one string.
//!
//! A `Vec<String>` of 100 000 names is 100 000 allocations scattered through
//! the heap, and reading them in order (a keystroke does) takes a cache miss
//! each. Kept end to end they are read as one stream, and cost four bytes
//! each beyond their letters instead of forty.

/// Texts one after the other, each found by its number.
#[derive(Default)]
pub(super) struct Strings {
    text: String,
    /// Where each text ends in `text` (it starts where the one before ends).
    ends: Vec<u32>,
}

impl Strings {
    /// Room for `count` texts of `bytes` bytes in all.
    pub(super) fn with_capacity(count: usize, bytes: usize) -> Self {
        Self {
            text: String::with_capacity(bytes),
            ends: Vec::with_capacity(count),
        }
    }

    /// Adds a text after the others; its number is the count before.
    pub(super) fn push(&mut self, text: &str) {
        self.text.push_str(text);
        self.ends.push(self.end());
    }

    fn end(&self) -> u32 {
        u32::try_from(self.text.len()).expect("texts of the index under 4 GB")
    }

    /// The text numbered `i`.
    #[inline]
    pub(super) fn get(&self, i: usize) -> &str {
        let from = if i == 0 { 0 } else { self.ends[i - 1] };
        &self.text[from as usize..self.ends[i] as usize]
    }

    /// The number of texts.
    pub(super) fn len(&self) -> usize {
        self.ends.len()
    }

    /// Adds the texts of `other` after these, in their order.
    pub(super) fn append(&mut self, other: &Strings) {
        let base = self.end();
        self.text.push_str(&other.text);
        self.ends.extend(other.ends.iter().map(|&end| base + end));
    }

    /// The same texts in another order: the `i`th is the one that was
    /// `order[i]`th.
    pub(super) fn reordered(self, order: &[u32]) -> Self {
        let mut out = Self::with_capacity(order.len(), self.text.len());
        for &i in order {
            out.push(self.get(i as usize));
        }
        out
    }

    /// Gives back the room not used.
    pub(super) fn shrink_to_fit(&mut self) {
        self.text.shrink_to_fit();
        self.ends.shrink_to_fit();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_come_back_as_pushed_appended_and_reordered() {
        let mut first = Strings::default();
        for t in ["łódź", "", "gdańsk"] {
            first.push(t);
        }
        let mut second = Strings::with_capacity(2, 8);
        second.push("słupsk");
        second.push("a");
        first.append(&second);
        let all: Vec<&str> = (0..first.len()).map(|i| first.get(i)).collect();
        assert_eq!(all, ["łódź", "", "gdańsk", "słupsk", "a"]);
        let reordered = first.reordered(&[3, 1, 0, 4, 2]);
        let all: Vec<&str> = (0..reordered.len()).map(|i| reordered.get(i)).collect();
        assert_eq!(all, ["słupsk", "", "łódź", "a", "gdańsk"]);
    }
}
