package cn.kepu.audit;

/** Implemented by the logged-in principal, so the audit log can name who acted without knowing accounts. */
public interface AuditActor {

    String username();

    Long organizationId();

    String organizationName();
}
