//! The form for adding or editing a service of the directory (coordinators):
//! every field of the details pane, the organisation picked or created, the
//! topics and counties from lists, problems shown beside the fields.

use crossterm::event::KeyEvent;
use uuid::Uuid;

use crate::directory::draft::{ServiceDraft, ServiceField};
use crate::i18n::{Lang, Msg};
use crate::model::{Organization, Reference, Service, WHOLE_REGION};
use crate::tui::action::Action;
use crate::tui::form::{Field, Fields, Form, FormOutcome, Input, topic_choices};
use crate::tui::picker::PickerKind;

/// What a key did to the service form.
pub enum ServiceFormOutcome {
    /// Still editing.
    Keep,
    /// Closed without saving.
    Cancel,
    /// A valid service to save, with the organisation to create (if new).
    Save(Box<Service>, Option<Box<Organization>>),
}

/// What the form needs to fill its lists and check its content.
pub struct ServiceFormContext<'a> {
    /// Topics and counties.
    pub reference: &'a Reference,
    /// The organisations of the directory.
    pub organisations: &'a [Organization],
    /// Interface language.
    pub lang: Lang,
}

/// The form, its open picker, and what it edits.
pub struct ServiceForm {
    /// The fields.
    pub form: Form<ServiceField>,
    /// The service as it was when the form opened (a new one for `n`).
    base: Service,
    /// Its version then (none for a new service); after a conflict, the
    /// version saved meanwhile.
    pub version: Option<i64>,
}

impl ServiceForm {
    /// A form over `base`: a stored service (with its `version`) or a new one.
    pub fn new(base: Service, version: Option<i64>, ctx: &ServiceFormContext<'_>) -> Self {
        use ServiceField as F;
        let lang = ctx.lang;
        let draft = ServiceDraft::from_service(&base, lang);
        let field = |id, m: Msg, input| Field::new(id, m, input, lang);
        let notes = Input::notes;
        let picked = |id: ServiceField, values: Vec<String>| id.picked(values, ctx);
        let organisation: Vec<String> = draft
            .organisation
            .map(|id| id.to_string())
            .into_iter()
            .collect();
        let fields = vec![
            field(F::Name, Msg::FieldServiceName, Input::text(&draft.name)),
            field(
                F::NameEn,
                Msg::FieldServiceNameEn,
                Input::text(&draft.name_en),
            ),
            field(
                F::Organisation,
                Msg::FieldOrganisation,
                picked(F::Organisation, organisation),
            ),
            field(
                F::NewOrganisation,
                Msg::FieldNewOrganisation,
                Input::text(""),
            ),
            field(
                F::Description,
                Msg::FieldDescription,
                notes(&draft.description),
            ),
            field(
                F::DescriptionEn,
                Msg::FieldDescriptionEn,
                notes(&draft.description_en),
            ),
            field(
                F::Topics,
                Msg::FieldTopics,
                picked(F::Topics, draft.topics.clone()),
            ),
            field(
                F::Languages,
                Msg::FieldLanguageCodes,
                Input::text(&draft.languages),
            ),
            field(
                F::Counties,
                Msg::FieldAreas,
                picked(F::Counties, draft.counties.clone()),
            ),
            field(
                F::Schedules,
                Msg::FieldOpeningHours,
                notes(&draft.schedules),
            ),
            field(F::Email, Msg::FieldEmail, Input::text(&draft.email)),
            field(F::Phones, Msg::FieldPhones, Input::text(&draft.phones)),
            field(F::Url, Msg::FieldWebsite, Input::text(&draft.url)),
            field(F::Address, Msg::FieldAddress, Input::text(&draft.address)),
            field(
                F::OnlineLink,
                Msg::FieldOnlineLink,
                Input::text(&draft.online_link),
            ),
            field(F::Eligibility, Msg::FieldWho, notes(&draft.eligibility)),
            field(
                F::EligibilityEn,
                Msg::FieldWhoEn,
                notes(&draft.eligibility_en),
            ),
            field(F::HowToApply, Msg::FieldApply, notes(&draft.how_to_apply)),
            field(
                F::HowToApplyEn,
                Msg::FieldApplyEn,
                notes(&draft.how_to_apply_en),
            ),
            field(
                F::Free,
                Msg::FieldFreeOfCharge,
                Input::choice(
                    [Msg::NotStated, Msg::Free, Msg::Paid].map(|m| lang.t(m).to_owned()),
                    match draft.free {
                        None => 0,
                        Some(true) => 1,
                        Some(false) => 2,
                    },
                ),
            ),
            field(F::Fees, Msg::FieldFees, Input::text(&draft.fees)),
            field(F::FeesEn, Msg::FieldFeesEn, Input::text(&draft.fees_en)),
            // card: the texts a client's card shows in Ukrainian (issue #17)
            field(
                F::NameUk,
                Msg::FieldServiceNameUk,
                Input::text(&draft.name_uk),
            ),
            field(
                F::DescriptionUk,
                Msg::FieldDescriptionUk,
                notes(&draft.description_uk),
            ),
            field(
                F::HowToApplyUk,
                Msg::FieldApplyUk,
                notes(&draft.how_to_apply_uk),
            ),
        ];
        let title = lang.t(if version.is_some() {
            Msg::FormEditService
        } else {
            Msg::FormNewService
        });
        let mut form = Form::new(title.to_owned(), fields);
        form.message = Some(lang.t(Msg::HintOpeningHours).to_owned());
        Self {
            form,
            base,
            version,
        }
    }

    /// The form's content as a draft.
    pub fn draft(&self) -> ServiceDraft {
        use ServiceField as F;
        let f = &self.form;
        ServiceDraft {
            name: f.text(F::Name),
            name_en: f.text(F::NameEn),
            organisation: f
                .picked(F::Organisation)
                .first()
                .and_then(|id| Uuid::parse_str(id).ok()),
            new_organisation: f.text(F::NewOrganisation),
            description: f.text(F::Description),
            description_en: f.text(F::DescriptionEn),
            topics: f.picked(F::Topics),
            languages: f.text(F::Languages),
            counties: f.picked(F::Counties),
            schedules: f.text(F::Schedules),
            email: f.text(F::Email),
            phones: f.text(F::Phones),
            url: f.text(F::Url),
            address: f.text(F::Address),
            online_link: f.text(F::OnlineLink),
            eligibility: f.text(F::Eligibility),
            eligibility_en: f.text(F::EligibilityEn),
            how_to_apply: f.text(F::HowToApply),
            how_to_apply_en: f.text(F::HowToApplyEn),
            free: match f.choice(F::Free) {
                1 => Some(true),
                2 => Some(false),
                _ => None,
            },
            fees: f.text(F::Fees),
            fees_en: f.text(F::FeesEn),
            name_uk: f.text(F::NameUk),
            description_uk: f.text(F::DescriptionUk),
            how_to_apply_uk: f.text(F::HowToApplyUk),
        }
    }

    /// After a conflict: the service as saved meanwhile becomes what the form
    /// builds on (its status, verification and everything the form does not
    /// show), with its version; what the user typed stays in the fields, and
    /// saving again keeps it as the newer version.
    pub fn rebase(&mut self, stored: Service, version: i64) {
        self.base = stored;
        self.version = Some(version);
    }

    /// The id of the service the form edits or adds.
    pub fn service_id(&self) -> Uuid {
        self.base.id
    }

    /// Handles a key (`action` is what the key map made of it); on save,
    /// validates and either returns the service or marks the fields that are
    /// wrong.
    pub fn handle(
        &mut self,
        action: Option<Action>,
        ev: KeyEvent,
        ctx: &ServiceFormContext<'_>,
    ) -> ServiceFormOutcome {
        match self.form.handle(action, ev, ctx, ctx.lang) {
            FormOutcome::Keep => ServiceFormOutcome::Keep,
            FormOutcome::Cancel => ServiceFormOutcome::Cancel,
            FormOutcome::Save => {
                match self
                    .draft()
                    .validate(&self.base, ctx.reference, ctx.organisations, ctx.lang)
                {
                    Ok((service, organisation)) => {
                        ServiceFormOutcome::Save(Box::new(service), organisation.map(Box::new))
                    }
                    Err(problems) => {
                        let problems = problems.into_iter().map(|p| (p.field, p.message));
                        self.form.refuse(problems, ctx.lang);
                        ServiceFormOutcome::Keep
                    }
                }
            }
        }
    }
}

/// The fields that are typed or chosen in place (no list, shown as stored).
macro_rules! typed_service_fields {
    () => {
        ServiceField::Name
            | ServiceField::NameEn
            | ServiceField::NewOrganisation
            | ServiceField::Description
            | ServiceField::DescriptionEn
            | ServiceField::Languages
            | ServiceField::Schedules
            | ServiceField::Email
            | ServiceField::Phones
            | ServiceField::Url
            | ServiceField::Address
            | ServiceField::OnlineLink
            | ServiceField::Eligibility
            | ServiceField::EligibilityEn
            | ServiceField::HowToApply
            | ServiceField::HowToApplyEn
            | ServiceField::Free
            | ServiceField::Fees
            | ServiceField::FeesEn
            | ServiceField::NameUk
            | ServiceField::DescriptionUk
            | ServiceField::HowToApplyUk
    };
}

impl Fields for ServiceField {
    type Context<'a> = ServiceFormContext<'a>;

    fn list(self, ctx: &ServiceFormContext<'_>) -> Option<(PickerKind, Vec<(String, String)>)> {
        let lang = ctx.lang;
        let list = match self {
            ServiceField::Organisation => (
                PickerKind::Organisation,
                ctx.organisations
                    .iter()
                    .map(|o| (o.id.to_string(), o.name.get(lang).to_owned()))
                    .collect(),
            ),
            ServiceField::Topics => (PickerKind::Topics, topic_choices(ctx.reference, lang)),
            ServiceField::Counties => (
                PickerKind::Areas,
                std::iter::once((WHOLE_REGION.to_owned(), lang.t(Msg::WholeRegion).to_owned()))
                    .chain(
                        ctx.reference
                            .counties
                            .iter()
                            .map(|c| (c.name.clone(), c.name.clone())),
                    )
                    .collect(),
            ),
            typed_service_fields!() => return None,
        };
        Some(list)
    }

    fn shown(self, v: &str, ctx: &ServiceFormContext<'_>) -> String {
        let lang = ctx.lang;
        match self {
            ServiceField::Organisation => ctx
                .organisations
                .iter()
                .find(|o| o.id.to_string() == v)
                .map_or_else(|| v.to_owned(), |o| o.name.get(lang).to_owned()),
            ServiceField::Topics => ctx.reference.topic_label(v, lang).to_owned(),
            ServiceField::Counties if v == WHOLE_REGION => lang.t(Msg::WholeRegion).to_owned(),
            ServiceField::Counties | typed_service_fields!() => v.to_owned(),
        }
    }
}
