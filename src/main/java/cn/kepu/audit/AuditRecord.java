package cn.kepu.audit;

/**
 * Something worth an audit entry happened. Published by any module inside its own transaction, so the entry
 * is stored exactly when the change is. The actor is the logged-in user unless given (logins).
 *
 * @param summary what changed, e.g. {@code 名称：A → B；上级单位：X → Y}
 */
public record AuditRecord(AuditAction action, String objectType, String objectId, String objectName,
        String summary, boolean success, AuditActor actor) {

    public static AuditRecord of(AuditAction action, String objectType, Object objectId, String objectName,
            String summary) {
        return new AuditRecord(action, objectType, objectId == null ? null : objectId.toString(), objectName,
                summary, true, null);
    }

    public AuditRecord by(AuditActor actor) {
        return new AuditRecord(action, objectType, objectId, objectName, summary, success, actor);
    }

    public AuditRecord failed() {
        return new AuditRecord(action, objectType, objectId, objectName, summary, false, actor);
    }
}
