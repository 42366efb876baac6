"""One patient's window: checklist, labs, history, timeline and the forms that record them."""
