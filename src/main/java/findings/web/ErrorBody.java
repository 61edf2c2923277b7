package findings.web;

/** The JSON body of every error response: a short message and what to do about it. */
record ErrorBody(String error, String detail) {}
