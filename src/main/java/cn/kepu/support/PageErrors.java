package cn.kepu.support;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/** Pages answer a missing or out-of-scope object with a Chinese 404 page rather than the container's. */
@ControllerAdvice(annotations = Controller.class)
public class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e) {
        return page(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(RuleViolation.class)
    ModelAndView rule(RuleViolation e) {
        return page(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    // A form catches StaleVersion itself and shows it with what was typed; these are the requests no form sent.
    @ExceptionHandler(StaleVersion.class)
    ModelAndView stale(StaleVersion e) {
        return page(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(VersionRequired.class)
    ModelAndView versionRequired(VersionRequired e) {
        return page(HttpStatus.PRECONDITION_REQUIRED, e.getMessage());
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ModelAndView conflict(ObjectOptimisticLockingFailureException e) {
        return page(HttpStatus.CONFLICT, "数据已被他人修改，请返回刷新后重试");
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(MaxUploadSizeExceededException e) {
        log.info("Upload refused: {}", e.getMessage());
        return page(HttpStatus.PAYLOAD_TOO_LARGE, "上传的文件超过大小上限");
    }

    private static ModelAndView page(HttpStatus status, String message) {
        ModelAndView page = new ModelAndView("error/message");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("message", message);
        return page;
    }
}
