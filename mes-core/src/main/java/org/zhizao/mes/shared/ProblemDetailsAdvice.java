package org.zhizao.mes.shared;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.zhizao.mes.shared.domain.InvalidInput;
import org.zhizao.mes.shared.domain.NotFound;
import org.zhizao.mes.shared.domain.RuleViolation;

/**
 * Turns every error into an RFC 7807 problem detail that names the problem. Client mistakes are 4xx;
 * only a fault of the server itself is a 500.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(RuleViolation.class)
    ProblemDetail ruleViolation(RuleViolation e) {
        return problem(HttpStatus.CONFLICT, "Rule violated", e.getMessage());
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler(InvalidInput.class)
    ProblemDetail invalidInput(InvalidInput e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid input", e.getMessage());
        problem.setProperty("errors", e.errors());
        return problem;
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail concurrentChange(OptimisticLockingFailureException e) {
        return problem(HttpStatus.CONFLICT, "Concurrent change",
                "Someone else changed this record at the same time; reload it and try again");
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail integrity(DataIntegrityViolationException e) {
        log.debug("integrity violation", e);
        return problem(HttpStatus.CONFLICT, "Conflicts with stored data",
                "The request conflicts with stored data (a duplicate code or a reference still in use)");
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraintViolation(ConstraintViolationException e) {
        List<String> errors = e.getConstraintViolations().stream()
                .map(v -> v.getPropertyPath() + ": " + v.getMessage()).sorted().toList();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid input", String.join("; ", errors));
        problem.setProperty("errors", errors);
        return problem;
    }

    // a list sorted by a field the resource does not have, e.g. ?sort=colour
    @ExceptionHandler(org.springframework.data.mapping.PropertyReferenceException.class)
    ProblemDetail unknownProperty(org.springframework.data.mapping.PropertyReferenceException e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid input", e.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail illegalArgument(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid input", e.getMessage());
    }

    // Let Spring Security's own handlers answer 401/403 when these escape a controller.
    @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
    void security(RuntimeException e) {
        throw e;
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("unexpected error", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                "The server failed to handle the request; the error was logged");
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(
                problem(HttpStatus.BAD_REQUEST, "Malformed request body", describe(e)));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<String> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> f.getField() + ": " + f.getDefaultMessage()).sorted().toList();
        List<String> global = e.getBindingResult().getGlobalErrors().stream()
                .map(g -> g.getObjectName() + ": " + g.getDefaultMessage()).toList();
        List<String> all = new java.util.ArrayList<>(errors);
        all.addAll(global);
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid input", String.join("; ", all));
        problem.setProperty("errors", all);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<String> errors = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream()
                        .map(err -> r.getMethodParameter().getParameterName() + ": " + err.getDefaultMessage()))
                .sorted().toList();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid input", String.join("; ", errors));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    private static String describe(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause instanceof InvalidFormatException invalid) {
            return "Field '" + path(invalid) + "' has the value " + invalid.getValue()
                    + ", which is not a valid " + invalid.getTargetType().getSimpleName();
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return "Unknown field '" + path(unknown) + "'; known fields: " + unknown.getKnownPropertyIds();
        }
        if (cause instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
            return "Field '" + path(mismatched) + "' has the wrong type";
        }
        if (cause instanceof JsonProcessingException json) {
            var location = json.getLocation();
            return "The body is not valid JSON" + (location == null ? ""
                    : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")")
                    + ": " + json.getOriginalMessage();
        }
        return "The request body is missing or unreadable";
    }

    private static String path(MismatchedInputException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("");
    }

    static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
