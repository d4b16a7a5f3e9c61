<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>reports.charts</name>
    <message>
        <location filename="../../src/caregiver_app/reports/charts.py"/>
        <source>Baclofen taken, mg a day (right axis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/charts.py"/>
        <source>Baclofen taken: {first} mg on {first_day}, {last} mg on {last_day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/charts.py"/>
        <source>Check-in answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/caregiver_app/reports/charts.py"/>
        <source>Check-ins answered on %n day(s).</source>
        <extracomment>English singular: Check-ins answered on %n day(s).</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/charts.py"/>
        <source>Danger sign recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/caregiver_app/reports/charts.py"/>
        <source>Danger signs recorded on %n day(s).</source>
        <extracomment>English singular: Danger signs recorded on %n day(s).</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/charts.py"/>
        <source>Dose change: check-ins began</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/charts.py"/>
        <source>Dose changes that began check-ins: {days}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/charts.py"/>
        <source>No scores recorded in this time.
Add diary entries to see them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/charts.py"/>
        <source>No {score} scores recorded in this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/charts.py"/>
        <source>Shaded: taper and titration plan steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/charts.py"/>
        <source>Shaded: taper plan steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/charts.py"/>
        <source>Shaded: titration plan steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/charts.py"/>
        <source>Shaded: {kinds} plan steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/charts.py"/>
        <source>daily average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/charts.py"/>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/charts.py"/>
        <source>day {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/charts.py"/>
        <source>mg a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/charts.py"/>
        <source>month of {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/charts.py"/>
        <source>monthly average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/charts.py"/>
        <source>week of {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/charts.py"/>
        <source>weekly average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/charts.py"/>
        <source>{first} to {last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/charts.py"/>
        <source>{mg} mg/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/charts.py"/>
        <source>{score} ({average}, left axis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/caregiver_app/reports/charts.py"/>
        <source>{score}, {average}: {first} ({first_when}) to {last} ({last_when}), from %n entries.</source>
        <extracomment>English singular: {score}, {average}: {first} ({first_when}) to {last} ({last_when}), from %n entries.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/charts.py"/>
        <source>{score}: {average}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/charts.py"/>
        <source>{score}: {average} — {person}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reports.document</name>
    <message>
        <location filename="../../src/caregiver_app/reports/document.py"/>
        <source>Appointment summary {person} {day}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reports.pdf</name>
    <message>
        <location filename="../../src/caregiver_app/reports/pdf.py"/>
        <source>Could not save the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/pdf.py"/>
        <source>The PDF could not be saved as
{file}

{reason}. Choose another folder, or check there is space on the disk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reports.summary</name>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>% taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>%n diary entries in the period. Scores, first half of the period against the second:</source>
        <extracomment>English singular: %n diary entry in the period. Scores, first half of the period against the second:</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>(none written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>A pump date passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>Above the label&apos;s {limit} mg a day on %n days:</source>
        <extracomment>English singular: Above the label&apos;s {limit} mg a day on %n day:</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>After a change of dose, missed doses, running out or a pump event, the app asks a short daily check-in about the signs to look out for. “Before” is the average spasticity (0–10) recorded in the week before the change, “during” the average in the check-in days; — means none was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>Appointment summary: {person}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>As needed: {taken} taken on %n days</source>
        <extracomment>English singular: As needed: {taken} taken on %n day</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>Asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>Baclofen by mouth recorded on %n days: {average} mg a day on average, at most {most} mg in one day.</source>
        <extracomment>English singular: Baclofen by mouth recorded on %n day: {average} mg a day on average, at most {most} mg in one day.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>Change and its check-in days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>Danger signs at check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>Danger signs recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>Date of birth: {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>Dose changes and check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>Dose lowered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>Dose plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>Dose raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>Dose watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>Doses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>Doses missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>From {day} to today is {days} days; a summary covers at most {most} ({why}). Choose a later first day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>Kidney function reduced (recorded in the app)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>Last %n days</source>
        <extracomment>English singular: Last %n day</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>Last 60 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>Left out as advised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>Made on {day} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>Medicine and how it is taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>Medicines and doses</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>No baclofen by mouth recorded on %n days:</source>
        <extracomment>English singular: No baclofen by mouth recorded on %n day:</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>No diary entries in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>No dose changes with check-ins in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>No medicines recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>No schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>No titration or taper plan recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>None recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>Not taken or no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>Other: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>Over the daily limit on %n days.</source>
        <extracomment>English singular: Over the daily limit on %n day.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>Period: {start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>Please check:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>Please note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>Prescriber: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>Pump (no doses to remind)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>Pump refilled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>Questions for the doctor or nurse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>Recorded by the person or their carer in Caregiver Assistant. It shows what was written down; it is not a medical assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>Side effects noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>Side effects: {effects}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>Sooner than the minimum time %n times.</source>
        <extracomment>English singular: Sooner than the minimum time %n time.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>Spasticity before → during</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>Stock ran out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>Symptom diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>Taken, skipped and not taken are what was recorded. “Left out as advised” are missed doses left out because the next dose was less than 2 hours away (the missed-dose rule); they are not counted against the % taken. “No answer” counts the doses of the current schedules, since they were set, that nobody answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>That person is not in this data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>The first day ({day}) is after today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>The first day must be a date like 2026-05-31, not “{text}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>The period can be at most {most} days ({why}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>The period must be between 1 and {most} days ({why}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>The questions are too long (at most {most} characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>The start of the period is after its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>a year and a day, so a yearly review fits; the summary is for one appointment — the whole history is in the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>about the same ({first} then {second} on average)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>all %n steps done</source>
        <extracomment>English singular: all %n steps done</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>at most {most} in one day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>at most {most} in one day (limit {limit} a day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>at most {most} mg in one day (limit {limit} mg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>building up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>higher in the second half ({first}, then {second} on average)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>lower in the second half ({first}, then {second} on average)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>lowering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>next {mg} mg a day from {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>not asked (only after a rise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>not enough entries to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>not started yet, %n steps</source>
        <extracomment>English singular: not started yet, %n step</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>shortest time between two {gap}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>shortest time between two {gap} (at least {minimum} apart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>step {step} of {steps}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>then stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>today {mg} mg a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>{answered} ({none} with none of the signs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>{change} ({day})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>{days}. Stopping baclofen suddenly can cause withdrawal; if doses were taken but not recorded, the record is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>{first} to {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>{first} to {last}. Also: {changes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>{hours} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>{hours} h {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>{medicine} (stopped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>{name}: %n times</source>
        <extracomment>English singular: {name}: %n time</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>{percent}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>{plan} ({kind}): {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>{plan} ({kind}, not followed): {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/reports/summary.py"/>
        <source>{plan}: {warning}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.settings_dialog</name>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>&amp;Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>A new language is used the next time Caregiver Assistant starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Not available on this system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Play a sound with reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Reminder sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Same as this computer ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Start Caregiver Assistant when I log in (so reminders come)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Start at login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.theme</name>
    <message>
        <location filename="../../src/caregiver_app/ui/theme.py"/>
        <source>Extra large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/theme.py"/>
        <source>Large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/theme.py"/>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
