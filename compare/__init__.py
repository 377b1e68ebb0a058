"""claimdiff: cross-reference news sources claim by claim."""
