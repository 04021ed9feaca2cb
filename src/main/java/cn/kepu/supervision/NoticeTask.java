package cn.kepu.supervision;

import java.time.LocalDate;

import jakarta.persistence.Embeddable;

/** A plan task a notice is about, by id, with the words it had when the notice was sent. */
@Embeddable
record NoticeTask(long assignmentId, long taskId, String label, LocalDate dueOn) {
}
