"""What participants submit and what is made of it: calls, registrations, decisions, and the
public read side built on them. Depends on network; network never imports it."""
