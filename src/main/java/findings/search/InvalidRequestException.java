package findings.search;

/** A request a user can fix: bad query syntax, an unknown facet, a page out of range. The message names the parameter. */
public class InvalidRequestException extends RuntimeException {
  private final String parameter;

  public InvalidRequestException(String parameter, String message) {
    super(message);
    this.parameter = parameter;
  }

  public String parameter() {
    return parameter;
  }
}
