"""Every write: keyword-only functions that validate, save in one transaction and send their
e-mail after the commit. Views, the admin and commands call these, never the ORM directly."""
