package cn.kepu.org;

/**
 * What the data scope needs to know of the logged-in user; the account module's principal implements it, so
 * this module does not depend on accounts.
 */
public interface ScopedUser {

    /** The user's unit; null for system-level accounts that belong to none. */
    Long organizationId();

    /** System and security administrators work on the whole tree. */
    boolean seesEverything();

    /** A reporter submits for its own unit only, not for the units beneath it. */
    boolean ownUnitOnly();

    /** May create, change, move and disable units within the scope. */
    boolean administersUnits();
}
