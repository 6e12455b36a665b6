"""The licence of everything the open data distributes, and how to credit it."""

LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"
LICENCE_NAME = "CC BY 4.0"
