"""The ward board: the patients on the ward, today's counts, filters, discharged patients' follow-up."""
