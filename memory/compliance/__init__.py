"""The compliance check of a visit note (contract "Compliance findings"): adverse events, inducements,
off-label use and patients' personal data, each quoted from the note with what the rep should do."""
