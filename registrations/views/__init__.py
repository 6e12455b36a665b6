"""Thin views: public pages (public.py), registering (register.py) and the contact person's
private pages (private.py). They read through public/ and write through services/."""
