//! A service as the Services screen keeps it: what its list, its filters and
//! the search index read, without the texts only its details show. A national
//! directory of 100 000 services fits in a tenth of the memory this way; the
//! one service shown is read whole ([`Store::service`](crate::store::Store::service)).

use std::collections::HashMap;
use std::sync::Arc;

use chrono::{NaiveDate, NaiveDateTime};
use uuid::Uuid;

use super::{Localized, Organization, Rule, Schedule, Service, ServiceStatus, WHOLE_REGION};
use crate::schedule::{is_open_at, rule_open_at};

/// A service without its descriptive texts, places and contacts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listing {
    /// HSDS id.
    pub id: Uuid,
    /// The organisation that runs it (shared, as in [`Service`]).
    pub organization: Option<Arc<Organization>>,
    /// Name.
    pub name: Localized,
    /// HSDS status.
    pub status: ServiceStatus,
    /// Topic codes, in taxonomy order (with those the coordinators' mapping
    /// of its publisher's terms reaches). Lists of codes are shared by the
    /// services that have the same ([`Codes`]).
    pub topics: Arc<[String]>,
    /// Languages spoken, ISO 639-1 codes.
    pub languages: Arc<[String]>,
    /// Counties served (or [`WHOLE_REGION`]).
    pub areas: Arc<[String]>,
    /// Free of charge: `Some(true)`, paid: `Some(false)`, not stated: `None`.
    pub free: Option<bool>,
    /// Weekly opening hours.
    pub schedules: Vec<Schedule>,
    /// Its publisher's opening rules beyond the weekly ones.
    pub rules: Vec<Rule>,
    /// The day its information was last checked.
    pub last_verified: Option<NaiveDate>,
}

impl Listing {
    /// The listing of a whole service.
    pub fn of(s: &Service) -> Self {
        Self {
            id: s.id,
            organization: s.organization.clone(),
            name: s.name.clone(),
            status: s.status,
            topics: s.topics.as_slice().into(),
            languages: s.languages.as_slice().into(),
            areas: s.areas.as_slice().into(),
            free: s.free,
            schedules: s.schedules.clone(),
            rules: s
                .published
                .as_deref()
                .map_or_else(Vec::new, |p| p.rules.clone()),
            last_verified: s.last_verified,
        }
    }

    /// Strips every text of terminal control sequences, for display.
    pub fn sanitize(&mut self) {
        if let Some(org) = &mut self.organization {
            if !org.is_clean() {
                Arc::make_mut(org).sanitize();
            }
        }
        self.sanitize_own();
    }

    /// [`Listing::sanitize`] of every listing. An organisation shared by
    /// many is looked at once (its description is long, and a national
    /// directory's 331 organisations run 100 000 services), and one that
    /// needed cleaning stays shared, cleaned; a large directory is cleaned
    /// on two threads.
    pub fn sanitize_all(listings: &mut [Listing]) {
        // By the organisation as read: the same, or its cleaned copy (the
        // one read is kept too, so that no other can take its address).
        type Cleaned = HashMap<*const Organization, (Arc<Organization>, Arc<Organization>)>;
        let mut cleaned: Cleaned = HashMap::new();
        for listing in listings.iter_mut() {
            if let Some(org) = &mut listing.organization {
                let (_, clean) = cleaned.entry(Arc::as_ptr(org)).or_insert_with(|| {
                    let clean = if org.is_clean() {
                        Arc::clone(org)
                    } else {
                        let mut copy = Organization::clone(org);
                        copy.sanitize();
                        Arc::new(copy)
                    };
                    (Arc::clone(org), clean)
                });
                if !Arc::ptr_eq(org, clean) {
                    *org = Arc::clone(clean);
                }
            }
        }
        const APART_FROM: usize = 5_000;
        if listings.len() < APART_FROM {
            listings.iter_mut().for_each(Listing::sanitize_own);
            return;
        }
        let (first, second) = listings.split_at_mut(listings.len() / 2);
        std::thread::scope(|scope| {
            scope.spawn(|| first.iter_mut().for_each(Listing::sanitize_own));
            second.iter_mut().for_each(Listing::sanitize_own);
        });
    }

    /// Its own texts cleaned (not its organisation's).
    fn sanitize_own(&mut self) {
        // The lists of codes were cleaned when they were shared
        // ([`Codes::share`]), or with the service they were listed from.
        super::clean_localized(&mut self.name);
        for sc in &mut self.schedules {
            super::clean_opt(&mut sc.note);
            super::clean_opt(&mut sc.note_en);
        }
        for r in &mut self.rules {
            super::clean_opt(&mut r.note);
        }
    }
}

/// One copy of each distinct list of codes (topics, languages, areas): in a
/// large directory thousands of services have the same.
#[derive(Default)]
pub struct Codes(
    std::collections::HashMap<Box<[String]>, Arc<[String]>, foldhash::fast::RandomState>,
);

impl Codes {
    /// The shared copy of this list, its codes cleaned of terminal control
    /// sequences for display.
    pub fn share(&mut self, codes: &[String]) -> Arc<[String]> {
        if let Some(shared) = self.0.get(codes) {
            return Arc::clone(shared);
        }
        let mut clean = codes.to_vec();
        clean.iter_mut().for_each(super::clean);
        let shared: Arc<[String]> = clean.into();
        self.0.insert(codes.into(), Arc::clone(&shared));
        shared
    }
}

/// What the filters and the search index read of a service: a whole
/// [`Service`] has it, and so does its [`Listing`].
pub trait Listed {
    /// Its name.
    fn name(&self) -> &Localized;
    /// The organisation that runs it.
    fn organization(&self) -> Option<&Organization>;
    /// HSDS status.
    fn status(&self) -> ServiceStatus;
    /// Topic codes.
    fn topics(&self) -> &[String];
    /// Languages spoken.
    fn languages(&self) -> &[String];
    /// Counties served.
    fn areas(&self) -> &[String];
    /// Free of charge, paid, or not stated.
    fn free(&self) -> Option<bool>;
    /// The day its information was last checked.
    fn last_verified(&self) -> Option<NaiveDate>;
    /// True when a weekly rule, or a publisher's rule beyond them (monthly,
    /// every other week …), says it is open at this Warsaw moment.
    fn is_open_at(&self, at: NaiveDateTime) -> bool;

    /// True when it serves the county (or the whole region).
    fn serves(&self, county: &str) -> bool {
        self.areas()
            .iter()
            .any(|a| a == county || a == WHOLE_REGION)
    }
}

/// The accessors a [`Service`] and a [`Listing`] share by their fields'
/// names.
macro_rules! listed_fields {
    () => {
        fn name(&self) -> &Localized {
            &self.name
        }
        fn organization(&self) -> Option<&Organization> {
            self.organization.as_deref()
        }
        fn status(&self) -> ServiceStatus {
            self.status
        }
        fn topics(&self) -> &[String] {
            &self.topics
        }
        fn languages(&self) -> &[String] {
            &self.languages
        }
        fn areas(&self) -> &[String] {
            &self.areas
        }
        fn free(&self) -> Option<bool> {
            self.free
        }
        fn last_verified(&self) -> Option<NaiveDate> {
            self.last_verified
        }
    };
}

impl Listed for Listing {
    listed_fields!();
    fn is_open_at(&self, at: NaiveDateTime) -> bool {
        self.schedules.iter().any(|sc| is_open_at(sc, at))
            || self.rules.iter().any(|r| rule_open_at(r, at))
    }
}

impl Listed for Service {
    listed_fields!();
    fn is_open_at(&self, at: NaiveDateTime) -> bool {
        self.schedules.iter().any(|sc| is_open_at(sc, at))
            || self
                .published
                .as_deref()
                .is_some_and(|p| p.rules.iter().any(|r| rule_open_at(r, at)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn organisation(name: &str) -> Arc<Organization> {
        Arc::new(Organization {
            id: Uuid::new_v4(),
            name: Localized::new(name),
            description: Localized::new("Pomoc prawna\u{1b}[2J dla cudzoziemców"),
            email: None,
            website: None,
        })
    }

    #[test]
    fn cleaning_every_listing_cleans_each_organisation_once_and_keeps_it_shared() {
        let dirty = organisation("Fundacja\u{202e} Ocalenie");
        let mut clean = organisation("Caritas");
        Arc::make_mut(&mut clean).description = Localized::new("Pomoc");
        // Enough listings to be cleaned on two threads, and a few.
        for n in [3, 12_000] {
            let mut listings: Vec<Listing> = (0..n)
                .map(|i| {
                    let mut s = Service::new(Uuid::new_v4(), format!("Usługa\u{7} {i}"));
                    s.organization = Some(Arc::clone(if i % 2 == 0 { &dirty } else { &clean }));
                    Listing::of(&s)
                })
                .collect();
            let mut one_by_one = listings.clone();
            one_by_one.iter_mut().for_each(Listing::sanitize);
            Listing::sanitize_all(&mut listings);
            assert_eq!(listings, one_by_one);
            let org = |l: &Listing| Arc::clone(l.organization.as_ref().unwrap());
            assert_eq!(org(&listings[0]).name.text, "Fundacja Ocalenie");
            assert_eq!(
                org(&listings[0]).description.text,
                "Pomoc prawna dla cudzoziemców"
            );
            assert_eq!(listings[n - 1].name.text, format!("Usługa {}", n - 1));
            // The cleaned copy is shared; the clean one is left as it was.
            assert!(Arc::ptr_eq(&org(&listings[0]), &org(&listings[2])));
            assert!(!Arc::ptr_eq(&org(&listings[0]), &dirty));
            assert!(Arc::ptr_eq(&org(&listings[1]), &clean));
        }
    }
}
