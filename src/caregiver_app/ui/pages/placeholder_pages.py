"""Pages whose full versions come with later work; each already says what it will hold and what to do."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from .base import Page


class _CountsPage(Page):
    count_key = ""
    empty_text = ""
    empty_button = ""
    empty_target: tuple[str, str] | None = None
    summary = "{n}"

    def build(self, content: QWidget) -> None:
        layout = QVBoxLayout(content)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)
        layout.addStretch(1)

    def refresh(self) -> None:
        if self.recipient is None:
            return
        n = self.ctx.store.counts_for(self.recipient.id)[self.count_key]
        if n == 0:
            self.show_empty(self.empty_text.format(name=self.recipient.name), self.empty_button, self.empty_target)
        else:
            self.summary_label.setText(self.summary.format(n=n, name=self.recipient.name))
            self.show_content()


class TodayPage(_CountsPage):
    title = "Today"
    count_key = "medicines"
    empty_text = ("Nothing yet — no medicines for {name}. Add a medicine and when it is taken on the "
                  "Medicines page, and today's doses will appear here.")
    empty_button = "Go to Medicines"
    empty_target = ("page", "medicines")
    summary = "{name} has {n} medicine(s). Today's doses appear here."


class MedicinesPage(_CountsPage):
    title = "Medicines"
    count_key = "medicines"
    empty_text = ("Nothing yet — no medicines recorded for {name}. Add each medicine with its strength and "
                  "the times it is taken; reminders follow from that.")
    summary = "{n} medicine(s) recorded for {name}."


class DiaryPage(_CountsPage):
    title = "Symptom diary"
    count_key = "diary"
    empty_text = ("Nothing yet — no diary entries for {name}. A short entry each evening (spasms, stiffness, "
                  "pain, sleep, side effects) shows over time whether a dose change helps.")
    summary = "{n} diary entries for {name}."


class PlansPage(_CountsPage):
    title = "Titration and taper plans"
    count_key = "plans"
    empty_text = ("Nothing yet — no dose plan for {name}. When the doctor or nurse gives a plan for raising "
                  "or lowering the dose, enter it here exactly as written; the app follows it and never makes one up.")
    summary = "{n} plan(s) for {name}."


class ReportsPage(_CountsPage):
    title = "Reports"
    count_key = "doses"
    empty_text = ("Nothing yet — there is no history for {name} to summarise. Once doses and diary entries are "
                  "recorded, make a summary here to print or save as PDF for the next appointment.")
    summary = "{n} dose records for {name} can go into an appointment summary."
