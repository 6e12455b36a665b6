"""The registration forms: the start step, both roles' forms with their partners, the new-link
form, and the fields and error summary they share. Forms validate; services save."""
