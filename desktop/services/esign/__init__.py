"""Electronic signatures: signing through NCALayer and checking a signature offline."""
