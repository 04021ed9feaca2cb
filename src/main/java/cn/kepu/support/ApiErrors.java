package cn.kepu.support;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Every error of the REST API as an RFC 9457 problem whose title and detail are Chinese; a user's mistake
 * is never a 500 and never a stack trace.
 */
@RestControllerAdvice(annotations = RestController.class)
public class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "未找到", e.getMessage());
    }

    @ExceptionHandler(RuleViolation.class)
    ProblemDetail rule(RuleViolation e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "请求有误", e.getMessage());
        problem.setProperty("errors", e.problems().stream()
                .map(p -> Map.of("field", p.field() == null ? "" : p.field(), "message", p.getMessage())).toList());
        return problem;
    }

    /** An API controller that can show the record answers with {@link #stale(StaleVersion, Object)} instead. */
    @ExceptionHandler(StaleVersion.class)
    ProblemDetail stale(StaleVersion e) {
        return stale(e, null);
    }

    /** 409 with the record as it is now, so the caller can merge and send again with {@code currentVersion}. */
    public static ProblemDetail stale(StaleVersion e, Object current) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "数据已变化", e.getMessage());
        problem.setProperty("currentVersion", e.currentVersion());
        if (current != null) {
            problem.setProperty("current", current);
        }
        return problem;
    }

    @ExceptionHandler(VersionRequired.class)
    ProblemDetail versionRequired(VersionRequired e) {
        return problem(HttpStatus.PRECONDITION_REQUIRED, "缺少版本号", e.getMessage());
    }

    @ExceptionHandler(ImportRejected.class)
    ProblemDetail rejected(ImportRejected e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "导入失败", e.getMessage());
        problem.setProperty("errors", e.problems());
        return problem;
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalid(MethodArgumentNotValidException e) {
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> Map.of("field", f.getField(), "message", String.valueOf(f.getDefaultMessage())))
                .toList();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "请求有误",
                errors.isEmpty() ? "请求内容不完整" : errors.get(0).get("message"));
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "无权访问", "您没有执行此操作的权限");
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class,
            MissingServletRequestParameterException.class})
    ProblemDetail unreadable(Exception e) {
        return problem(HttpStatus.BAD_REQUEST, "请求有误", "请求内容或参数格式不正确");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ProblemDetail method(HttpRequestMethodNotSupportedException e) {
        return problem(HttpStatus.METHOD_NOT_ALLOWED, "不支持的请求方法", "该地址不支持 " + e.getMethod() + " 请求");
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, "文件过大", "上传的文件超过大小上限");
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ProblemDetail conflict(ObjectOptimisticLockingFailureException e) {
        return problem(HttpStatus.CONFLICT, "数据已变化", "数据已被他人修改，请刷新后重试");
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail integrity(DataIntegrityViolationException e) {
        log.warn("Constraint violated: {}", e.getMostSpecificCause().getMessage());
        return problem(HttpStatus.CONFLICT, "数据冲突", "数据与已有记录冲突（例如名称重复），请检查后重试");
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unexpected error in API call", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "系统错误", "系统内部错误，请稍后重试或联系管理员");
    }

    public static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
