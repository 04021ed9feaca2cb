package cn.kepu.base;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** 认定: the number of the recognition, its date and the validity it gives. */
public class RecognitionForm {

    private String number;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate recognizedOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate validFrom;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate validUntil;

    public RecognitionForm() {
    }

    public RecognitionForm(String number, LocalDate recognizedOn, LocalDate validFrom, LocalDate validUntil) {
        this.number = number;
        this.recognizedOn = recognizedOn;
        this.validFrom = validFrom;
        this.validUntil = validUntil;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public LocalDate getRecognizedOn() {
        return recognizedOn;
    }

    public void setRecognizedOn(LocalDate recognizedOn) {
        this.recognizedOn = recognizedOn;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }
}
