package cn.kepu.publicity;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The points an office gives for one channel, where it set its own. */
@Entity
@Table(name = "news_points")
class NewsPointsEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long officeId;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    private BigDecimal points;

    protected NewsPointsEntry() {
    }

    NewsPointsEntry(long officeId, Channel channel, BigDecimal points) {
        this.officeId = officeId;
        this.channel = channel;
        this.points = points;
    }

    Channel getChannel() {
        return channel;
    }

    BigDecimal getPoints() {
        return points;
    }

    void setPoints(BigDecimal points) {
        this.points = points;
    }
}
