package findings.web;

import findings.model.Json;
import findings.search.SearchRequest;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The errors Jetty answers before a request reaches Javalin (a request line or headers too long, a malformed request),
 * as the same JSON body as every other error ({@link ErrorBody}), which the API promises, instead of Jetty's HTML page.
 */
final class JsonErrorHandler extends ErrorHandler {
  @Override
  protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
      Callback callback) {
    String error = message == null || message.isBlank() ? HttpStatus.getMessage(code) : message;
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
    response.write(true, ByteBuffer.wrap(Json.utf8(new ErrorBody(error, detail(code)))), callback);
  }

  /** What to do about it. */
  private static String detail(int code) {
    return switch (code) {
      case HttpStatus.URI_TOO_LONG_414, HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE_431 ->
          "the request is longer than the server reads (" + WebServer.REQUEST_HEADER_BYTES / 1024
              + " KB); a query is at most " + SearchRequest.MAX_QUERY_LENGTH + " characters";
      case HttpStatus.BAD_REQUEST_400 -> "the request is not valid HTTP";
      default -> "";
    };
  }
}
