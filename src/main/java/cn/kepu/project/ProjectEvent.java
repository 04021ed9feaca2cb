package cn.kepu.project;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One step of a project's history: when, who, what, and a note. */
@Embeddable
public record ProjectEvent(@Column(name = "happened_at") Instant at, String actor, String action, String note) {
}
