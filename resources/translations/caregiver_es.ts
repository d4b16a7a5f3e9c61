<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>ui.history</name>
    <message>
        <location filename="../../src/caregiver_app/ui/history.py"/>
        <source>&amp;Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/history.py"/>
        <source>&amp;Between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/history.py"/>
        <source>&amp;Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/history.py"/>
        <source>&amp;Medicine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/history.py"/>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/history.py"/>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/history.py"/>
        <source>&amp;When taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/history.py"/>
        <source>All medicines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/history.py"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/history.py"/>
        <source>Correct a dose record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/history.py"/>
        <source>Correct the selected record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/history.py"/>
        <source>Correct this &amp;record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/history.py"/>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/history.py"/>
        <source>Date taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/history.py"/>
        <source>Dose (mg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/history.py"/>
        <source>Dose history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/history.py"/>
        <source>Dose in mg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/history.py"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/history.py"/>
        <source>Filter by medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/history.py"/>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/history.py"/>
        <source>Medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/history.py"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/history.py"/>
        <source>Please say why this answer is withdrawn (the reason is kept with it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/history.py"/>
        <source>Reason for the correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/history.py"/>
        <source>Show replaced &amp;versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/history.py"/>
        <source>Show replaced versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/history.py"/>
        <source>The original record is kept, marked as replaced, so the history stays trustworthy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/history.py"/>
        <source>Time taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/history.py"/>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/history.py"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/history.py"/>
        <source>Why is this being corrected? (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/history.py"/>
        <source>a&amp;nd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/history.py"/>
        <source>corrected: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/history.py"/>
        <source>no answer yet (withdraw this answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/history.py"/>
        <source>not taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/history.py"/>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/history.py"/>
        <source>taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/history.py"/>
        <source>withdrawn: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/history.py"/>
        <source>{answer} (replaced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/history.py"/>
        <source>{answer} — withdrawn (no answer now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/history.py"/>
        <source>“No answer yet” withdraws a wrong answer: it stays in the history, marked withdrawn, and the dose can be answered again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.medicine_dialog</name>
    <message>
        <location filename="../../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>&amp;End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>&amp;Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>&amp;How often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>&amp;Prescriber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>&amp;Reorder warning (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>&amp;Strength (mg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>A plan sets these doses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>A plan sets this medicine&apos;s doses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>About the active ingredient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>About the amounts to give</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Above the label maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Active &amp;ingredient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Add a &amp;time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Add a medicine for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Add a time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Amount to give (worked out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Another strength: type it in mg per mL below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>At fixed times every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>At least (hours) between doses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>At most (doses a day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Baclofen tablets come in 5, 10 and 20 mg (15 mg in some), granule packets in 5, 10 and 20 mg: type the strength printed on the box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Choose the strength printed on the bottle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Dose (mg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Doses very close together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Edit a medicine for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Every (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Every few hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>First dose at (HH:MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>For: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Go back and check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>How times work when the clocks change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Instr&amp;uctions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Low-reservoir alarm date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Medicine name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Next pump re&amp;fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Next pump refill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Not saved: please check the strength with the bottle or box in hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>On chosen days of the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>On:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Only when needed (as needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Please check the strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Please check this dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Please choose the active ingredient: baclofen, or another medicine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Remind (days before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Remove the selected time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Remove the selected time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Reorder warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Row {row}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Start &amp;date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Stoc&amp;k on hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Stock on hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Strength (m&amp;g in each mL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Strength on the &amp;bottle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>The medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>The plan “{plan}” is being followed for this medicine: while it is, reminders give the plan&apos;s doses at the times the plan lists; other times keep the doses set here. To change the plan&apos;s doses, change the plan on the Plans page (or archive it to go back to the doses set here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Time (HH:MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Times are the local clock time: 08:00 stays 08:00 when the clocks change. On the night the clocks go forward, a time that does not exist (e.g. 02:30) is reminded once, at the first minute after the gap; on the night they go back, a time that happens twice is reminded once. &quot;Every few hours&quot; counts real hours, so its clock times move by an hour when the clocks change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Times of day and doses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Type the time and the dose in mg; the amount to give is worked out. Arrow keys move between cells; Tab leaves the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>When it is taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Worked out from the dose and the strength; change those to change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Write whole numbers of days separated by commas, e.g. 7, 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Yes, the prescription says so</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>as the prescription says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>days before each date, e.g. 7, 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>e.g. Baclofen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>e.g. with or after food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>mg in each mL, as on the bottle (5 mg/5 mL is 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>mg in one tablet or packet, e.g. 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>tablets, packets or mL on hand (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>warn when this many days are left (default 7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>{label} must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>{label} must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>{question}

Is this the strength printed on it? Save it as it is?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>{warnings}

Save it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>“{name}” looks like baclofen. If it is baclofen, choose Baclofen as the active ingredient, so that its checks apply. {note}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.people</name>
    <message>
        <location filename="../../src/caregiver_app/ui/people.py"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/people.py"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/people.py"/>
        <source>&amp;Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/people.py"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/people.py"/>
        <source>&amp;Emergency contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/people.py"/>
        <source>&amp;Kidneys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/people.py"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/people.py"/>
        <source>&amp;Prescriber / clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/people.py"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/people.py"/>
        <source>A&amp;rchive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/people.py"/>
        <source>About the age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/people.py"/>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/people.py"/>
        <source>Anything useful, up to {count} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/people.py"/>
        <source>Archive or restore the selected person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/people.py"/>
        <source>Archive this person?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/people.py"/>
        <source>Archive {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/people.py"/>
        <source>Archive {name}? Their reminders stop and they leave the lists, but all their history is kept. You can restore them here, or undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/people.py"/>
        <source>Check-&amp;ins after a dose change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/people.py"/>
        <source>Check-in &amp;time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/people.py"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/people.py"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/people.py"/>
        <source>Edit person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/people.py"/>
        <source>Edit the selected person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/people.py"/>
        <source>Everyone you look after. Archiving hides a person from the lists but keeps their history; you can restore them at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/people.py"/>
        <source>HH:MM (empty: with the last dose of the day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/people.py"/>
        <source>Kidney function is reduced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/people.py"/>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/people.py"/>
        <source>No check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/people.py"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/people.py"/>
        <source>Optional. A date like {example}, chosen on the calendar, or just the year (1956) if that is all you know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/people.py"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/people.py"/>
        <source>People cared for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/people.py"/>
        <source>Restore {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/people.py"/>
        <source>The name shown on every screen, for example &apos;Mum&apos; or &apos;Alex Smith&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/people.py"/>
        <source>When the daily check-in comes. Empty: with the person&apos;s last dose of the day (20:00 without one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/people.py"/>
        <source>Who to call, and their number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/people.py"/>
        <source>e.g. Dr Lee, Neurology clinic, 01234 567890</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/people.py"/>
        <source>{name}   (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/people.py"/>
        <source>{problem} Or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.plan_dialog</name>
    <message>
        <location filename="../../src/caregiver_app/ui/plan_dialog.py"/>
        <source>&amp;Add a step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/plan_dialog.py"/>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/plan_dialog.py"/>
        <source>&amp;Medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/plan_dialog.py"/>
        <source>&amp;Remove the selected step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/plan_dialog.py"/>
        <source>&amp;Times of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/plan_dialog.py"/>
        <source>&amp;Where it comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/plan_dialog.py"/>
        <source>A time of day is there twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Add a dose plan for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/plan_dialog.py"/>
        <source>After the last step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Change a dose plan for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Checks on this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Each row is one step: the first day, how many days, and the dose in mg at each time of day (0 for none). Arrow keys move between cells; Tab leaves the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Enter the plan exactly as the doctor or nurse wrote it. The app checks it and shows it; it never changes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Follow this plan instead?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/plan_dialog.py"/>
        <source>For a plan written like “10 mg three times a day”: one dose column, given at each time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/plan_dialog.py"/>
        <source>For example: letter from Dr Lee, 20 November</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/plan_dialog.py"/>
        <source>For: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/plan_dialog.py"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Keep &amp;giving the last step&apos;s doses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Plan &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Plan steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Please check this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Please check: {warnings}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Please enter at least one time of day, like 08:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Same dose at &amp;every time (enter the dose once for each step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Ste&amp;ps, one row each: the first day (like {example} or 2026-12-01), how many days, and the mg at each time (0 for none):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Step {step}: please enter the dose at {time} in mg (0 for none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Step {step}: the first day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Step {step}: the first day must be a date like {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Step {step}: the number of days must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Then st&amp;op: no more doses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/plan_dialog.py"/>
        <source>This plan is being followed now: reminders give its doses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Total a day, step by step: {steps}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Total a day, step by step: {steps} → then stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Total a day, step by step: {steps} → then the last step&apos;s doses carry on until the plan is changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/plan_dialog.py"/>
        <source>What happens after the last step? Please choose below: keep its doses, or stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/plan_dialog.py"/>
        <source>e.g. {times}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/plan_dialog.py"/>
        <source>mg at each time ({times})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/plan_dialog.py"/>
        <source>mg at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/plan_dialog.py"/>
        <source>{medicine} (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/plan_dialog.py"/>
        <source>{medicine} (pump)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/plan_dialog.py"/>
        <source>{mg} mg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/plan_dialog.py"/>
        <source>{warnings}

Save the plan as written anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/plan_dialog.py"/>
        <source>“{plan}” is being followed for this medicine now. Only one plan can set the reminders: stop following “{plan}” (it stays on the Plans page) and follow this one?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.plan_views</name>
    <message>
        <location filename="../../src/caregiver_app/ui/plan_views.py"/>
        <source>Days of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/plan_views.py"/>
        <source>Next month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/plan_views.py"/>
        <source>Plan calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/plan_views.py"/>
        <source>Plan chart: mg a day over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/plan_views.py"/>
        <source>Previous month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/plan_views.py"/>
        <source>Shaded, bold: a day of a plan&apos;s step. Green, italic and underlined: a day with a dose-change check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/plan_views.py"/>
        <source>The chosen day&apos;s step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/plan_views.py"/>
        <source>from {start} to {end}: {mg} mg a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/plan_views.py"/>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/plan_views.py"/>
        <source>{day}: no step of a plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/plan_views.py"/>
        <source>{day}: no step starts or runs that day; the reminders carry on with the step from {start} ({mg} mg a day) of “{plan}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/plan_views.py"/>
        <source>{day}: {mg} mg a day — step {step} of {steps} of “{plan}” (not followed: its doses are not reminded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/plan_views.py"/>
        <source>{day}: {mg} mg a day — step {step} of {steps} of “{plan}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/plan_views.py"/>
        <source>{mg} mg</source>
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
