//! One theme of named styles. Colours come only from the 16-colour palette, so
//! the default looks the same on any terminal; without colour (`NO_COLOR`) the
//! selection is reverse video and matches are underlined.

use ratatui::style::{Color, Modifier, Style};

/// The named styles every screen draws with.
#[derive(Debug, Clone)]
pub struct Theme {
    /// The active tab.
    pub tab_active: Style,
    /// Other tabs.
    pub tab: Style,
    /// Pane borders.
    pub border: Style,
    /// The border of the focused pane.
    pub border_focused: Style,
    /// Pane titles.
    pub title: Style,
    /// The selected list row.
    pub selection: Style,
    /// Letters that matched the search.
    pub matched: Style,
    /// A filter chip that is set.
    pub chip: Style,
    /// Field labels in details.
    pub label: Style,
    /// The heading of details (the service name).
    pub heading: Style,
    /// Less important text.
    pub muted: Style,
    /// Key names in the footer and help.
    pub key: Style,
    /// The status line.
    pub status: Style,
    /// Warnings (read-only database …) and the "now" marker.
    pub warning: Style,
    /// A session block in the week grid.
    pub block: Style,
    /// A service's opening hours in the week grid.
    pub slot: Style,
    /// Text typed into a form field.
    pub input: Style,
    /// A QR code: its characters are the ink, their background the paper.
    pub qr: Style,
    /// True when the ink of [`Theme::qr`] is dark (black on white), so the
    /// dark modules are inked; false when it is the light foreground of a
    /// dark terminal drawing without colour.
    pub qr_ink_dark: bool,
}

impl Theme {
    /// The theme for this terminal: plain when `NO_COLOR` is set (to anything).
    pub fn from_env() -> Self {
        if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) {
            Self::plain()
        } else {
            Self::colored()
        }
    }

    /// The default theme, in the 16 basic colours.
    pub fn colored() -> Self {
        Self {
            tab_active: Style::new()
                .fg(Color::Black)
                .bg(Color::Cyan)
                .add_modifier(Modifier::BOLD),
            tab: Style::new().fg(Color::Gray),
            border: Style::new().fg(Color::DarkGray),
            border_focused: Style::new().fg(Color::Cyan),
            title: Style::new().add_modifier(Modifier::BOLD),
            selection: Style::new()
                .fg(Color::Black)
                .bg(Color::Cyan)
                .add_modifier(Modifier::BOLD),
            matched: Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
            chip: Style::new().fg(Color::Black).bg(Color::Yellow),
            label: Style::new().fg(Color::Cyan),
            heading: Style::new().add_modifier(Modifier::BOLD),
            muted: Style::new().fg(Color::DarkGray),
            key: Style::new().fg(Color::Yellow),
            status: Style::new().fg(Color::Green),
            warning: Style::new().fg(Color::Red).add_modifier(Modifier::BOLD),
            block: Style::new().fg(Color::White).bg(Color::Blue),
            slot: Style::new().fg(Color::Green),
            input: Style::new().add_modifier(Modifier::UNDERLINED),
            // Explicit black on white, whatever the terminal's own colours.
            qr: Style::new().fg(Color::Black).bg(Color::White),
            qr_ink_dark: true,
        }
    }

    /// No colours at all: emphasis by bold, underline and reverse video only.
    pub fn plain() -> Self {
        let none = Style::new();
        Self {
            tab_active: none.add_modifier(Modifier::REVERSED | Modifier::BOLD),
            tab: none,
            border: none,
            border_focused: none.add_modifier(Modifier::BOLD),
            title: none.add_modifier(Modifier::BOLD),
            selection: none.add_modifier(Modifier::REVERSED),
            matched: none.add_modifier(Modifier::UNDERLINED | Modifier::BOLD),
            chip: none.add_modifier(Modifier::REVERSED),
            label: none.add_modifier(Modifier::BOLD),
            heading: none.add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            muted: none,
            key: none.add_modifier(Modifier::BOLD),
            status: none,
            warning: none.add_modifier(Modifier::BOLD),
            block: none.add_modifier(Modifier::BOLD),
            slot: none.add_modifier(Modifier::ITALIC),
            input: none.add_modifier(Modifier::UNDERLINED),
            qr: none,
            qr_ink_dark: !dark_background(|k| std::env::var(k).ok()),
        }
    }
}

/// A guess whether the terminal draws light text on a dark background (most
/// do by default, the Linux console always): from `TERM` and the
/// `COLORFGBG` some terminals set (`15;0`: white on black).
pub fn dark_background(env: impl Fn(&str) -> Option<String>) -> bool {
    if env("TERM").is_some_and(|t| t.starts_with("linux")) {
        return true;
    }
    match env("COLORFGBG").and_then(|v| v.rsplit(';').next().and_then(|bg| bg.parse::<u8>().ok())) {
        // The 16 colours: 7 (light grey) and 9–15 are light.
        Some(bg) => !(bg == 7 || (9..=15).contains(&bg)),
        None => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_background_is_guessed_from_the_terminal() {
        let env = crate::i18n::fake_env;
        assert!(dark_background(env(&[("TERM", "linux")])));
        assert!(dark_background(env(&[("COLORFGBG", "15;0")])));
        assert!(!dark_background(env(&[("COLORFGBG", "0;15")])));
        assert!(!dark_background(env(&[("COLORFGBG", "0;default;7")])));
        assert!(dark_background(env(&[("TERM", "xterm-256color")])));
    }
}
