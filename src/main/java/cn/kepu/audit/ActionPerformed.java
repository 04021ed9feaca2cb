package cn.kepu.audit;

/**
 * Someone did something worth an audit entry. Published by any module inside its own transaction, so the entry
 * is stored exactly when the change is. The actor is the logged-in user unless given (logins).
 *
 * @param summary what changed, e.g. {@code 名称：A → B；上级单位：X → Y}
 */
public record ActionPerformed(AuditAction action, String objectType, String objectId, String objectName,
        String summary, boolean success, AuditActor actor) {

    public static ActionPerformed of(AuditAction action, String objectType, Object objectId, String objectName,
            String summary) {
        return new ActionPerformed(action, objectType, objectId == null ? null : objectId.toString(), objectName,
                summary, true, null);
    }

    public ActionPerformed by(AuditActor actor) {
        return new ActionPerformed(action, objectType, objectId, objectName, summary, success, actor);
    }

    public ActionPerformed failed() {
        return new ActionPerformed(action, objectType, objectId, objectName, summary, false, actor);
    }
}
