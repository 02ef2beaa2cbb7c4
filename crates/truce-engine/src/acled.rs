//! ACLED's event types and sub-event types (the 6 types and 25 sub-types of the ACLED codebook),
//! so that incident reports can be exported to, and compared with, conflict-event datasets.

/// (event type, its sub-event types), as written in the ACLED codebook.
pub const EVENT_TYPES: &[(&str, &[&str])] = &[
    (
        "Battles",
        &[
            "Armed clash",
            "Government regains territory",
            "Non-state actor overtakes territory",
        ],
    ),
    (
        "Explosions/Remote violence",
        &[
            "Chemical weapon",
            "Air/drone strike",
            "Suicide bomb",
            "Shelling/artillery/missile attack",
            "Remote explosive/landmine/IED",
            "Grenade",
        ],
    ),
    (
        "Violence against civilians",
        &[
            "Sexual violence",
            "Attack",
            "Abduction/forced disappearance",
        ],
    ),
    (
        "Protests",
        &[
            "Peaceful protest",
            "Protest with intervention",
            "Excessive force against protesters",
        ],
    ),
    ("Riots", &["Violent demonstration", "Mob violence"]),
    (
        "Strategic developments",
        &[
            "Agreement",
            "Arrests",
            "Change to group/activity",
            "Disrupted weapons use",
            "Headquarters or base established",
            "Looting/property destruction",
            "Non-violent transfer of territory",
            "Other",
        ],
    ),
];

/// Checks an event type and sub-event type pair; the error lists what is allowed.
pub fn check(event_type: &str, sub_event_type: &str) -> Result<(), String> {
    let Some((_, subs)) = EVENT_TYPES.iter().find(|(t, _)| *t == event_type) else {
        let types: Vec<&str> = EVENT_TYPES.iter().map(|(t, _)| *t).collect();
        return Err(format!(
            "\"{event_type}\" is not an ACLED event type; use one of: {}",
            types.join(", ")
        ));
    };
    if subs.contains(&sub_event_type) {
        Ok(())
    } else {
        Err(format!(
            "\"{sub_event_type}\" is not a sub-event type of \"{event_type}\"; use one of: {}",
            subs.join(", ")
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn six_types_and_twenty_five_sub_types() {
        assert_eq!(EVENT_TYPES.len(), 6);
        assert_eq!(EVENT_TYPES.iter().map(|(_, s)| s.len()).sum::<usize>(), 25);
    }

    #[test]
    fn checks_pairs() {
        assert!(check("Battles", "Armed clash").is_ok());
        assert!(
            check("Battles", "Air/drone strike")
                .unwrap_err()
                .contains("Armed clash")
        );
        assert!(
            check("Skirmish", "Armed clash")
                .unwrap_err()
                .contains("Riots")
        );
    }
}
