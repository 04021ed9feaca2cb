package cn.kepu.audit;

public enum AuditAction {
    LOGIN("登录"),
    LOGIN_FAILED("登录失败"),
    LOGOUT("退出"),
    CREATE("新增"),
    UPDATE("修改"),
    MOVE("移动"),
    DISABLE("停用"),
    ENABLE("启用"),
    DELETE("删除"),
    IMPORT("导入"),
    EXPORT("导出"),
    DOWNLOAD("下载"),
    UPLOAD("上传"),
    DENIED("拒绝访问"),
    PASSWORD_CHANGE("修改密码"),
    PASSWORD_RESET("重置密码"),
    UNLOCK("解锁"),
    TOKEN_CREATE("创建令牌"),
    TOKEN_REVOKE("吊销令牌"),
    SECOND_FACTOR_ENABLE("启用两步验证"),
    SECOND_FACTOR_DISABLE("停用两步验证"),
    SECOND_FACTOR_FAILED("两步验证失败"),
    RECOVERY_CODE_USED("使用恢复码"),
    RECOVERY_CODES_RENEW("重新生成恢复码"),
    PUBLISH("发布"),
    CLOSE("关闭"),
    REPORT("填报进展"),
    DECOMPOSE("分解任务"),
    SUBMIT("提交"),
    APPROVE("审核通过"),
    RETURN("退回"),
    SCORE("评分"),
    OBJECT("提出异议"),
    ANSWER("答复"),
    RECOGNIZE("认定"),
    RECHECK("复核"),
    REJECT("不通过"),
    ACCEPT("验收"),
    REVEAL("查看完整个人信息"),
    ERASE("删除个人信息");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
