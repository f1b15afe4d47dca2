"""Client side of sync with head office: enrolment, push, pull, conflicts, transport."""
