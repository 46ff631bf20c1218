//! What a key press asks for. Keys map to actions in `keymap`; `App::update`
//! carries them out.

/// One thing the user asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Leave Pomost.
    Quit,
    /// Show or hide the key help.
    Help,
    /// The next report period.
    NextPeriod,
    /// The previous report period.
    PrevPeriod,
    /// Hide or show client codes and notes on screen.
    ToggleMask,
    /// Focus the next pane.
    NextPane,
    /// Focus the previous pane.
    PrevPane,
    /// Show a screen.
    Show(super::screen::Screen),
    /// Move the selection or scroll up one.
    Up,
    /// Move the selection or scroll down one.
    Down,
    /// Up by a page.
    PageUp,
    /// Down by a page.
    PageDown,
    /// To the first item.
    Top,
    /// To the last item.
    Bottom,
    /// Focus the search line.
    FocusSearch,
    /// Choose the highlighted item (in a picker).
    Confirm,
    /// Back out: leave the search line, clear the query, close a popup.
    Back,
    /// Choose a topic filter.
    PickTopic,
    /// Choose a language filter.
    PickLanguage,
    /// Choose a county filter.
    PickCounty,
    /// Toggle "free of charge only".
    ToggleFree,
    /// Toggle "open now only".
    ToggleOpenNow,
    /// Toggle "not verified for a long time only".
    ToggleStale,
    /// Show retired services too.
    ToggleRetired,
    /// Mark the selected service verified today.
    VerifyService,
    /// Retire the selected service (or restore a retired one), after asking.
    RetireService,
    /// Clear every filter.
    ClearFilters,
    /// Copy the selected service's contact to the clipboard.
    Copy,
    /// Start a consultation referring to the selected service.
    Refer,
    /// The previous day (timetable).
    Left,
    /// The next day (timetable).
    Right,
    /// The previous week.
    PrevWeek,
    /// The next week.
    NextWeek,
    /// This week.
    ThisWeek,
    /// Ask for a date and show its week.
    GoToDate,
    /// Export the shown week as iCalendar.
    ExportWeek,
    /// Save the shown report as CSV.
    ExportReport,
    /// Show the audit trail instead of the report, or the report again.
    ToggleAudit,
    /// Show or hide the services' opening hours in the grid.
    ToggleServiceHours,
    /// Cancel (or restore) the selected occurrence.
    CancelOccurrence,
    /// End the selected weekly series on a day (asked for).
    EndSeries,
    /// Add a session to the timetable.
    NewSession,
    /// Add a service to the directory.
    NewService,
    /// Edit the selected service.
    EditService,
    /// Today's consultations / all dates.
    TogglePeriod,
    /// Mine / everyone's consultations.
    ToggleMine,
    /// Show the follow-ups due instead of the list.
    ToggleFollowUps,
    /// Log a new consultation.
    NewConsultation,
    /// Correct the selected consultation.
    CorrectConsultation,
    /// Mark the selected consultation's follow-up done.
    MarkFollowUpDone,
    /// Show the earlier versions of the selected consultation.
    ShowHistory,
    /// Ask for a client code to list only that client's consultations.
    FilterClient,
    /// Correct the selected session.
    EditSession,
    /// Tick or untick the highlighted item of a list of several (or a weekday).
    Tick,
    /// Clear a text field to the start of its line.
    ClearLine,
    /// Undo the last change of a text field.
    Undo,
    /// Yes to a question.
    Yes,
    /// No to a question.
    No,
    /// The form's next field.
    NextField,
    /// The form's previous field.
    PrevField,
    /// Save the form.
    Save,
    /// Propose a new client code (consultation form).
    NewClientCode,
    /// Open the list of a field filled from a list.
    OpenList,
    /// Clear a field filled from a list.
    ClearPicked,
    /// A new line in a notes field.
    NewLine,
    // desk: the consultation form's shortcuts (issue #13).
    /// Go to the minutes, follow-up or notes of the consultation form (by
    /// the key's letter).
    GoToField,
    // card: the client's card (issue #17)
    /// Show the selected service's or session's card for the client as a QR code.
    ShowCard,
    /// The card's next language.
    CardLanguage,
    /// Turn the QR code's colours round.
    Invert,
}
