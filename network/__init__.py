"""The network's directory: regions, municipalities, organisations and topics, with their
public pages. Depends on nothing else of ours."""
