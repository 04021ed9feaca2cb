package cn.kepu.works;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One work given to one expert of the call's panel (分组评审). */
@Entity
@Table(name = "work_assignment")
class WorkAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long callId;
    private long workId;
    private long expertId;

    protected WorkAssignment() {
    }

    WorkAssignment(long callId, long workId, long expertId) {
        this.callId = callId;
        this.workId = workId;
        this.expertId = expertId;
    }

    long getWorkId() {
        return workId;
    }

    long getExpertId() {
        return expertId;
    }
}
