<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>app</name>
    <message numerus="yes">
        <location filename="../../src/caregiver_app/app.py"/>
        <source>%n records in the data file are damaged and left out; everything else is shown and reminded as usual.

{records}

The command &apos;caregiver-app check&apos; lists them all. A backup from before the damage (File &gt; Restore from backup…) brings them back.</source>
        <extracomment>English singular: %n record in the data file is damaged and left out; everything else is shown and reminded as usual.

{records}

The command &apos;caregiver-app check&apos; lists them all. A backup from before the damage (File &gt; Restore from backup…) brings them back.</extracomment>
        <translation>
            <numerusform>⟦%n ŕéçóŕđ íñ ŧĥé đáŧá fíłé íš đámáğéđ áñđ łéfŧ óúŧ; évéŕýŧĥíñğ éłšé íš šĥóŵñ áñđ ŕémíñđéđ áš úšúáł.

{records}

Ŧĥé çómmáñđ &apos;çáŕéğívéŕ-ápp çĥéçķ&apos; łíšŧš ŧĥém áłł. Á báçķúp fŕóm béfóŕé ŧĥé đámáğé (Fíłé &gt; Ŕéšŧóŕé fŕóm báçķúp…) bŕíñğš ŧĥém báçķ.·······································································⟧</numerusform>
            <numerusform>⟦%n ŕéçóŕđš íñ ŧĥé đáŧá fíłé áŕé đámáğéđ áñđ łéfŧ óúŧ; évéŕýŧĥíñğ éłšé íš šĥóŵñ áñđ ŕémíñđéđ áš úšúáł.

{records}

Ŧĥé çómmáñđ &apos;çáŕéğívéŕ-ápp çĥéçķ&apos; łíšŧš ŧĥém áłł. Á báçķúp fŕóm béfóŕé ŧĥé đámáğé (Fíłé &gt; Ŕéšŧóŕé fŕóm báçķúp…) bŕíñğš ŧĥém báçķ.········································································⟧</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/app.py"/>
        <source>Already running</source>
        <translation>⟦Áłŕéáđý ŕúññíñğ······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/app.py"/>
        <source>Cannot open your data</source>
        <translation>⟦Çáññóŧ ópéñ ýóúŕ đáŧá·······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/app.py"/>
        <source>Cannot use the data folder</source>
        <translation>⟦Çáññóŧ úšé ŧĥé đáŧá fółđéŕ·········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/app.py"/>
        <source>Caregiver Assistant is already running; its window was brought forward.</source>
        <translation>⟦Çáŕéğívéŕ Áššíšŧáñŧ íš áłŕéáđý ŕúññíñğ; íŧš ŵíñđóŵ ŵáš bŕóúğĥŧ fóŕŵáŕđ.························⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/app.py"/>
        <source>Caregiver Assistant is still running</source>
        <translation>⟦Çáŕéğívéŕ Áššíšŧáñŧ íš šŧíłł ŕúññíñğ·············⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/app.py"/>
        <source>Caregiver Assistant keeps running in the system tray so that reminders still come. Click its icon to open it again; use Quit in its menu (or Ctrl+Q) to stop it.</source>
        <translation>⟦Çáŕéğívéŕ Áššíšŧáñŧ ķéépš ŕúññíñğ íñ ŧĥé šýšŧém ŧŕáý šó ŧĥáŧ ŕémíñđéŕš šŧíłł çómé. Çłíçķ íŧš íçóñ ŧó ópéñ íŧ áğáíñ; úšé Qúíŧ íñ íŧš méñú (óŕ Çŧŕł+Q) ŧó šŧóp íŧ.··················································⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/app.py"/>
        <source>Caregiver Assistant seems to be running already but does not answer. If it is stuck, end it and start again.</source>
        <translation>⟦Çáŕéğívéŕ Áššíšŧáñŧ šéémš ŧó bé ŕúññíñğ áłŕéáđý búŧ đóéš ñóŧ áñšŵéŕ. Íf íŧ íš šŧúçķ, éñđ íŧ áñđ šŧáŕŧ áğáíñ.··································⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/app.py"/>
        <source>Could not change the start-at-login setting: {error}</source>
        <translation>⟦Çóúłđ ñóŧ çĥáñğé ŧĥé šŧáŕŧ-áŧ-łóğíñ šéŧŧíñğ: {error}··············⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/app.py"/>
        <source>Damaged file kept</source>
        <translation>⟦Đámáğéđ fíłé ķépŧ······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/app.py"/>
        <source>Data from a newer version</source>
        <translation>⟦Đáŧá fŕóm á ñéŵéŕ véŕšíóñ········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/app.py"/>
        <source>Keep running</source>
        <translation>⟦Ķéép ŕúññíñğ····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/app.py"/>
        <source>Quit</source>
        <translation>⟦Qúíŧ··⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/app.py"/>
        <source>Quit Caregiver Assistant?</source>
        <translation>⟦Qúíŧ Çáŕéğívéŕ Áššíšŧáñŧ?·········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/app.py"/>
        <source>Quit, reminders stop</source>
        <translation>⟦Qúíŧ, ŕémíñđéŕš šŧóp·······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/app.py"/>
        <source>Quitting stops the app: no dose reminders come until you start it again.</source>
        <translation>⟦Qúíŧŧíñğ šŧópš ŧĥé ápp: ñó đóšé ŕémíñđéŕš çómé úñŧíł ýóú šŧáŕŧ íŧ áğáíñ.·······················⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/app.py"/>
        <source>Reminders keep coming. Open it again from the icon in the system tray; choose Quit there to stop it.</source>
        <translation>⟦Ŕémíñđéŕš ķéép çómíñğ. Ópéñ íŧ áğáíñ fŕóm ŧĥé íçóñ íñ ŧĥé šýšŧém ŧŕáý; çĥóóšé Qúíŧ ŧĥéŕé ŧó šŧóp íŧ.································⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/app.py"/>
        <source>Reminders paused until {time}</source>
        <translation>⟦Ŕémíñđéŕš páúšéđ úñŧíł {time}········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/app.py"/>
        <source>Some records could not be read</source>
        <translation>⟦Šómé ŕéçóŕđš çóúłđ ñóŧ bé ŕéáđ··········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/app.py"/>
        <source>Start a fresh data file</source>
        <translation>⟦Šŧáŕŧ á fŕéšĥ đáŧá fíłé········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/app.py"/>
        <source>Start at login</source>
        <translation>⟦Šŧáŕŧ áŧ łóğíñ·····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/app.py"/>
        <source>Still running in the tray</source>
        <translation>⟦Šŧíłł ŕúññíñğ íñ ŧĥé ŧŕáý········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/app.py"/>
        <source>The damaged file was kept as:
{path}</source>
        <translation>⟦Ŧĥé đámáğéđ fíłé ŵáš ķépŧ áš:
{path}·········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/app.py"/>
        <source>The data folder {folder} is read-only, so your data cannot be opened ({reason}). Nothing was changed. Make the folder writable and start again.</source>
        <translation>⟦Ŧĥé đáŧá fółđéŕ {folder} íš ŕéáđ-óñłý, šó ýóúŕ đáŧá çáññóŧ bé ópéñéđ ({reason}). Ñóŧĥíñğ ŵáš çĥáñğéđ. Máķé ŧĥé fółđéŕ ŵŕíŧábłé áñđ šŧáŕŧ áğáíñ.·······································⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/app.py"/>
        <source>This computer has no system tray, so closing the window quits the app and reminders stop until you start it again.</source>
        <translation>⟦Ŧĥíš çómpúŧéŕ ĥáš ñó šýšŧém ŧŕáý, šó çłóšíñğ ŧĥé ŵíñđóŵ qúíŧš ŧĥé ápp áñđ ŕémíñđéŕš šŧóp úñŧíł ýóú šŧáŕŧ íŧ áğáíñ.·····································⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/app.py"/>
        <source>Your data file cannot be read</source>
        <translation>⟦Ýóúŕ đáŧá fíłé çáññóŧ bé ŕéáđ··········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/app.py"/>
        <source>{problem}

You can start again with a fresh, empty data file. The damaged file is kept beside it (renamed), so it can still be rescued later.</source>
        <translation>⟦{problem}

Ýóú çáñ šŧáŕŧ áğáíñ ŵíŧĥ á fŕéšĥ, émpŧý đáŧá fíłé. Ŧĥé đámáğéđ fíłé íš ķépŧ béšíđé íŧ (ŕéñáméđ), šó íŧ çáñ šŧíłł bé ŕéšçúéđ łáŧéŕ.········································⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/app.py"/>
        <source>• … and {count} more</source>
        <translation>⟦• … áñđ {count} móŕé···⟧</translation>
    </message>
</context>
<context>
    <name>ui.about</name>
    <message>
        <location filename="../../src/caregiver_app/ui/about.py"/>
        <source>&lt;b&gt;Licence&lt;/b&gt;&lt;p&gt;{licence}&lt;/p&gt;</source>
        <translation>&lt;b&gt;Łíçéñçé&lt;/b&gt;&lt;p&gt;{licence}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/about.py"/>
        <source>&lt;b&gt;Reporting a problem&lt;/b&gt;&lt;p&gt;Please describe what you did and what happened at {link}. If the app showed an error report, copy it from that window. Attach the log files if you can; never send your data file, which holds health information.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Ŕépóŕŧíñğ á pŕóbłém&lt;/b&gt;&lt;p&gt;Płéášé đéšçŕíbé ŵĥáŧ ýóú đíđ áñđ ŵĥáŧ ĥáppéñéđ áŧ {link}. Íf ŧĥé ápp šĥóŵéđ áñ éŕŕóŕ ŕépóŕŧ, çópý íŧ fŕóm ŧĥáŧ ŵíñđóŵ. Áŧŧáçĥ ŧĥé łóğ fíłéš íf ýóú çáñ; ñévéŕ šéñđ ýóúŕ đáŧá fíłé, ŵĥíçĥ ĥółđš ĥéáłŧĥ íñfóŕmáŧíóñ.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/about.py"/>
        <source>&lt;b&gt;Where the medical information comes from&lt;/b&gt;&lt;p&gt;The information pages are written in plain words from these named sources, and each page cites them. They were last reviewed on {date}.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Ŵĥéŕé ŧĥé méđíçáł íñfóŕmáŧíóñ çóméš fŕóm&lt;/b&gt;&lt;p&gt;Ŧĥé íñfóŕmáŧíóñ páğéš áŕé ŵŕíŧŧéñ íñ płáíñ ŵóŕđš fŕóm ŧĥéšé ñáméđ šóúŕçéš, áñđ éáçĥ páğé çíŧéš ŧĥém. Ŧĥéý ŵéŕé łášŧ ŕévíéŵéđ óñ {date}.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/about.py"/>
        <source>&lt;b&gt;Where the medical information comes from&lt;/b&gt;&lt;p&gt;The information pages are written in plain words from these named sources, and each page cites them.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Ŵĥéŕé ŧĥé méđíçáł íñfóŕmáŧíóñ çóméš fŕóm&lt;/b&gt;&lt;p&gt;Ŧĥé íñfóŕmáŧíóñ páğéš áŕé ŵŕíŧŧéñ íñ płáíñ ŵóŕđš fŕóm ŧĥéšé ñáméđ šóúŕçéš, áñđ éáçĥ páğé çíŧéš ŧĥém.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/about.py"/>
        <source>About Caregiver Assistant</source>
        <translation>⟦Ábóúŧ Çáŕéğívéŕ Áššíšŧáñŧ·········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/about.py"/>
        <source>Caregiver Assistant is free software under the MIT licence. It is built with Qt for Python (PySide6, LGPL v3), APScheduler, platformdirs and tzdata, each under its own licence.</source>
        <translation>⟦Çáŕéğívéŕ Áššíšŧáñŧ íš fŕéé šófŧŵáŕé úñđéŕ ŧĥé MÍŦ łíçéñçé. Íŧ íš búíłŧ ŵíŧĥ Qŧ fóŕ Pýŧĥóñ (PýŠíđé6, ŁĞPŁ v3), ÁPŠçĥéđúłéŕ, płáŧfóŕmđíŕš áñđ ŧžđáŧá, éáçĥ úñđéŕ íŧš óŵñ łíçéñçé.························································⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/about.py"/>
        <source>Caregiver Assistant version {version}</source>
        <translation>⟦Çáŕéğívéŕ Áššíšŧáñŧ véŕšíóñ {version}··········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/about.py"/>
        <source>Dose reminders, a symptom diary and dose plans, kept only on this computer. This app does not give medical advice: talk to your doctor or nurse.</source>
        <translation>⟦Đóšé ŕémíñđéŕš, á šýmpŧóm đíáŕý áñđ đóšé płáñš, ķépŧ óñłý óñ ŧĥíš çómpúŧéŕ. Ŧĥíš ápp đóéš ñóŧ ğívé méđíçáł áđvíçé: ŧáłķ ŧó ýóúŕ đóçŧóŕ óŕ ñúŕšé.··············································⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/about.py"/>
        <source>Log files (events and ids, no health data)</source>
        <translation>⟦Łóğ fíłéš (évéñŧš áñđ íđš, ñó ĥéáłŧĥ đáŧá)·············⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/about.py"/>
        <source>Open &amp;data folder</source>
        <translation>⟦Ópéñ &amp;dáŧá fółđéŕ·····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/about.py"/>
        <source>Open &amp;log folder</source>
        <translation>⟦Ópéñ &amp;lóğ fółđéŕ·····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/about.py"/>
        <source>Show the &amp;sources page</source>
        <translation>⟦Šĥóŵ ŧĥé &amp;sóúŕçéš páğé·······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/about.py"/>
        <source>Your data folder</source>
        <translation>⟦Ýóúŕ đáŧá fółđéŕ······⟧</translation>
    </message>
</context>
<context>
    <name>ui.charts</name>
    <message>
        <location filename="../../src/caregiver_app/ui/charts.py"/>
        <source>Diary chart</source>
        <translation>⟦Đíáŕý çĥáŕŧ····⟧</translation>
    </message>
</context>
<context>
    <name>ui.error_dialog</name>
    <message>
        <location filename="../../src/caregiver_app/ui/error_dialog.py"/>
        <source>Copy report</source>
        <translation>⟦Çópý ŕépóŕŧ····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/error_dialog.py"/>
        <source>Error report</source>
        <translation>⟦Éŕŕóŕ ŕépóŕŧ····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/error_dialog.py"/>
        <source>Something unexpected went wrong. Your saved data is safe and the app keeps running.
If it happens again, copy this report and send it to whoever supports the app. It holds no health data.</source>
        <translation>⟦Šóméŧĥíñğ úñéxpéçŧéđ ŵéñŧ ŵŕóñğ. Ýóúŕ šávéđ đáŧá íš šáfé áñđ ŧĥé ápp ķéépš ŕúññíñğ.
Íf íŧ ĥáppéñš áğáíñ, çópý ŧĥíš ŕépóŕŧ áñđ šéñđ íŧ ŧó ŵĥóévéŕ šúppóŕŧš ŧĥé ápp. Íŧ ĥółđš ñó ĥéáłŧĥ đáŧá.····························································⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/error_dialog.py"/>
        <source>Something went wrong</source>
        <translation>⟦Šóméŧĥíñğ ŵéñŧ ŵŕóñğ·······⟧</translation>
    </message>
</context>
<context>
    <name>ui.forms</name>
    <message>
        <location filename="../../src/caregiver_app/ui/forms.py"/>
        <source>Calendar</source>
        <translation>⟦Çáłéñđáŕ···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/forms.py"/>
        <source>Calendar: arrows move, Enter chooses, Escape closes</source>
        <translation>⟦Çáłéñđáŕ: áŕŕóŵš móvé, Éñŧéŕ çĥóóšéš, Éšçápé çłóšéš·················⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/forms.py"/>
        <source>Choose the date on a calendar</source>
        <translation>⟦Çĥóóšé ŧĥé đáŧé óñ á çáłéñđáŕ··········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/forms.py"/>
        <source>e.g. {example}</source>
        <translation>⟦é.ğ. {example}·⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/forms.py"/>
        <source>e.g. {example} (optional)</source>
        <translation>⟦é.ğ. {example} (ópŧíóñáł)····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/forms.py"/>
        <source>e.g. {example} or just the year, 1950</source>
        <translation>⟦é.ğ. {example} óŕ júšŧ ŧĥé ýéáŕ, 1950······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/forms.py"/>
        <source>e.g. {example} or just the year, 1950 (optional)</source>
        <translation>⟦é.ğ. {example} óŕ júšŧ ŧĥé ýéáŕ, 1950 (ópŧíóñáł)·········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/forms.py"/>
        <source>not recorded. Type {keys} to choose; Delete clears.</source>
        <translation>⟦ñóŧ ŕéçóŕđéđ. Ŧýpé {keys} ŧó çĥóóšé; Đéłéŧé çłéáŕš.··············⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/forms.py"/>
        <source>{name}: choose on a calendar</source>
        <translation>⟦{name}: çĥóóšé óñ á çáłéñđáŕ·······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/forms.py"/>
        <source>{value}: {meaning}. Type {keys} to choose; Delete clears.</source>
        <translation>⟦{value}: {meaning}. Ŧýpé {keys} ŧó çĥóóšé; Đéłéŧé çłéáŕš.··········⟧</translation>
    </message>
</context>
<context>
    <name>ui.main_window</name>
    <message>
        <location filename="../../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;About Caregiver Assistant</source>
        <translation>⟦&amp;Abóúŧ Çáŕéğívéŕ Áššíšŧáñŧ·········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Add a person…</source>
        <translation>⟦&amp;Ađđ á péŕšóñ…····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Back up now…</source>
        <translation>⟦&amp;Báçķ úp ñóŵ…···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Caring for:</source>
        <translation>⟦&amp;Cáŕíñğ fóŕ:···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Close window</source>
        <translation>⟦&amp;Cłóšé ŵíñđóŵ····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Edit</source>
        <translation>⟦&amp;Eđíŧ·⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Edit this person…</source>
        <translation>⟦&amp;Eđíŧ ŧĥíš péŕšóñ…·····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Emergency signs</source>
        <translation>⟦&amp;Eméŕğéñçý šíğñš·····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;File</source>
        <translation>⟦&amp;Fíłé·⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Go</source>
        <translation>⟦&amp;Gó·⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Help</source>
        <translation>⟦&amp;Héłp·⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Manage people…</source>
        <translation>⟦&amp;Máñáğé péópłé…····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;People</source>
        <translation>⟦&amp;Péópłé··⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Quit (reminders stop)…</source>
        <translation>⟦&amp;Qúíŧ (ŕémíñđéŕš šŧóp)…······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Redo</source>
        <translation>⟦&amp;Réđó·⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Restore from backup…</source>
        <translation>⟦&amp;Réšŧóŕé fŕóm báçķúp…······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Settings…</source>
        <translation>⟦&amp;Séŧŧíñğš…···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Undo</source>
        <translation>⟦&amp;Uñđó·⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Using this app (the guide)</source>
        <translation>⟦&amp;Ušíñğ ŧĥíš ápp (ŧĥé ğúíđé)········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/main_window.py"/>
        <source>Caregiver Assistant — {name}</source>
        <translation>⟦Çáŕéğívéŕ Áššíšŧáñŧ — {name}·······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/main_window.py"/>
        <source>Diary</source>
        <translation>⟦Đíáŕý··⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/main_window.py"/>
        <source>Emergency signs</source>
        <translation>⟦Éméŕğéñçý šíğñš······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/main_window.py"/>
        <source>Go back to one of the automatic backups</source>
        <translation>⟦Ğó báçķ ŧó óñé óf ŧĥé áúŧómáŧíç báçķúpš·············⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/main_window.py"/>
        <source>How each page works, with pictures</source>
        <translation>⟦Ĥóŵ éáçĥ páğé ŵóŕķš, ŵíŧĥ píçŧúŕéš···········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/main_window.py"/>
        <source>Information</source>
        <translation>⟦Íñfóŕmáŧíóñ····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/main_window.py"/>
        <source>Manage people cared for</source>
        <translation>⟦Máñáğé péópłé çáŕéđ fóŕ········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/main_window.py"/>
        <source>Medicines</source>
        <translation>⟦Méđíçíñéš····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/main_window.py"/>
        <source>Menu</source>
        <translation>⟦Méñú··⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/main_window.py"/>
        <source>Pages</source>
        <translation>⟦Páğéš··⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/main_window.py"/>
        <source>People…</source>
        <translation>⟦Péópłé…··⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/main_window.py"/>
        <source>Person cared for</source>
        <translation>⟦Péŕšóñ çáŕéđ fóŕ······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/main_window.py"/>
        <source>Plans</source>
        <translation>⟦Płáñš··⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/main_window.py"/>
        <source>Reminder status</source>
        <translation>⟦Ŕémíñđéŕ šŧáŧúš······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/main_window.py"/>
        <source>Reports</source>
        <translation>⟦Ŕépóŕŧš···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/main_window.py"/>
        <source>Save a checked copy of all your data to a file you choose</source>
        <translation>⟦Šávé á çĥéçķéđ çópý óf áłł ýóúŕ đáŧá ŧó á fíłé ýóú çĥóóšé··················⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/main_window.py"/>
        <source>Switch between the people you look after</source>
        <translation>⟦Šŵíŧçĥ béŧŵééñ ŧĥé péópłé ýóú łóóķ áfŧéŕ··············⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/main_window.py"/>
        <source>Today</source>
        <translation>⟦Ŧóđáý··⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/main_window.py"/>
        <source>When to call the emergency number or the doctor now</source>
        <translation>⟦Ŵĥéñ ŧó çáłł ŧĥé éméŕğéñçý ñúmbéŕ óŕ ŧĥé đóçŧóŕ ñóŵ·················⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/main_window.py"/>
        <source>When to call the emergency number or the doctor now (F1)</source>
        <translation>⟦Ŵĥéñ ŧó çáłł ŧĥé éméŕğéñçý ñúmbéŕ óŕ ŧĥé đóçŧóŕ ñóŵ (F1)·················⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/main_window.py"/>
        <source>{page} (Ctrl+{number})</source>
        <translation>⟦{page} (Çŧŕł+{number})··⟧</translation>
    </message>
</context>
<context>
    <name>ui.printing</name>
    <message>
        <location filename="../../src/caregiver_app/ui/printing.py"/>
        <source>Document</source>
        <translation>⟦Đóçúméñŧ···⟧</translation>
    </message>
</context>
<context>
    <name>ui.prompts</name>
    <message>
        <location filename="../../src/caregiver_app/ui/prompts.py"/>
        <source>PDF files (*.pdf)</source>
        <translation>⟦PĐF fíłéš (*.pđf)····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/prompts.py"/>
        <source>Which day this time means</source>
        <translation>⟦Ŵĥíçĥ đáý ŧĥíš ŧímé méáñš········⟧</translation>
    </message>
</context>
<context>
    <name>ui.red_flags</name>
    <message>
        <location filename="../../src/caregiver_app/ui/red_flags.py"/>
        <source>&amp;Close</source>
        <translation>⟦&amp;Cłóšé··⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/red_flags.py"/>
        <source>&lt;b&gt;Doctor / prescriber:&lt;/b&gt; none recorded (add one with People ▸ Edit this person).</source>
        <translation>⟦&lt;b&gt;Đóçŧóŕ / pŕéšçŕíbéŕ:&lt;/b&gt; ñóñé ŕéçóŕđéđ (áđđ óñé ŵíŧĥ Péópłé ▸ Éđíŧ ŧĥíš péŕšóñ).·······················⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/red_flags.py"/>
        <source>&lt;b&gt;Doctor / prescriber:&lt;/b&gt; {prescriber}</source>
        <translation>⟦&lt;b&gt;Đóçŧóŕ / pŕéšçŕíbéŕ:&lt;/b&gt; {prescriber}······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/red_flags.py"/>
        <source>&lt;b&gt;Emergency contact:&lt;/b&gt; none recorded (add one with People ▸ Edit this person).</source>
        <translation>⟦&lt;b&gt;Éméŕğéñçý çóñŧáçŧ:&lt;/b&gt; ñóñé ŕéçóŕđéđ (áđđ óñé ŵíŧĥ Péópłé ▸ Éđíŧ ŧĥíš péŕšóñ).·······················⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/red_flags.py"/>
        <source>&lt;b&gt;Emergency contact:&lt;/b&gt; {contact}</source>
        <translation>⟦&lt;b&gt;Éméŕğéñçý çóñŧáçŧ:&lt;/b&gt; {contact}······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/red_flags.py"/>
        <source>Danger sign recorded — act now</source>
        <translation>⟦Đáñğéŕ šíğñ ŕéçóŕđéđ — áçŧ ñóŵ··········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/red_flags.py"/>
        <source>Danger sign — act now</source>
        <translation>⟦Đáñğéŕ šíğñ — áçŧ ñóŵ······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/red_flags.py"/>
        <source>Open &amp;emergency signs</source>
        <translation>⟦Ópéñ &amp;eméŕğéñçý šíğñš·······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/red_flags.py"/>
        <source>Opens the Information page on emergency signs</source>
        <translation>⟦Ópéñš ŧĥé Íñfóŕmáŧíóñ páğé óñ éméŕğéñçý šíğñš················⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/red_flags.py"/>
        <source>Recorded for {name}: {signs}.</source>
        <translation>⟦Ŕéçóŕđéđ fóŕ {name}: {signs}.····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/red_flags.py"/>
        <source>This app does not give medical advice. If you are worried, call the doctor or the emergency number.</source>
        <translation>⟦Ŧĥíš ápp đóéš ñóŧ ğívé méđíçáł áđvíçé. Íf ýóú áŕé ŵóŕŕíéđ, çáłł ŧĥé đóçŧóŕ óŕ ŧĥé éméŕğéñçý ñúmbéŕ.································⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/red_flags.py"/>
        <source>Ticked for {name}: {signs}. Act on it now; the diary entry is saved with it when you save.</source>
        <translation>⟦Ŧíçķéđ fóŕ {name}: {signs}. Áçŧ óñ íŧ ñóŵ; ŧĥé đíáŕý éñŧŕý íš šávéđ ŵíŧĥ íŧ ŵĥéñ ýóú šávé.······················⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/red_flags.py"/>
        <source>this person</source>
        <translation>⟦ŧĥíš péŕšóñ····⟧</translation>
    </message>
</context>
<context>
    <name>ui.reminders</name>
    <message numerus="yes">
        <location filename="../../src/caregiver_app/ui/reminders.py"/>
        <source>%n notices: see Today</source>
        <extracomment>English singular: %n notice: see Today</extracomment>
        <translation>
            <numerusform>⟦%n ñóŧíçé: šéé Ŧóđáý······⟧</numerusform>
            <numerusform>⟦%n ñóŧíçéš: šéé Ŧóđáý······⟧</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/reminders.py"/>
        <source>&amp;Not taken</source>
        <translation>⟦&amp;Nóŧ ŧáķéñ···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/reminders.py"/>
        <source>&amp;Skip…</source>
        <translation>⟦&amp;Sķíp…·⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/reminders.py"/>
        <source>&amp;Taken now</source>
        <translation>⟦&amp;Táķéñ ñóŵ···⟧</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/caregiver_app/ui/reminders.py"/>
        <source>(and %n earlier doses still to answer)</source>
        <extracomment>English singular: (and %n earlier dose still to answer)</extracomment>
        <translation>
            <numerusform>⟦(áñđ %n éáŕłíéŕ đóšé šŧíłł ŧó áñšŵéŕ)···········⟧</numerusform>
            <numerusform>⟦(áñđ %n éáŕłíéŕ đóšéš šŧíłł ŧó áñšŵéŕ)···········⟧</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/reminders.py"/>
        <source>&lt;b&gt;Do not double up.&lt;/b&gt; Never take 2 doses at once or an extra dose to make up for a missed one. If unsure, talk to your doctor or nurse. If the next dose is less than 2 hours away, leave the missed one out and take the next at the usual time.</source>
        <translation>⟦&lt;b&gt;Đó ñóŧ đóúbłé úp.&lt;/b&gt; Ñévéŕ ŧáķé 2 đóšéš áŧ óñçé óŕ áñ éxŧŕá đóšé ŧó máķé úp fóŕ á míššéđ óñé. Íf úñšúŕé, ŧáłķ ŧó ýóúŕ đóçŧóŕ óŕ ñúŕšé. Íf ŧĥé ñéxŧ đóšé íš łéšš ŧĥáñ 2 ĥóúŕš áŵáý, łéávé ŧĥé míššéđ óñé óúŧ áñđ ŧáķé ŧĥé ñéxŧ áŧ ŧĥé úšúáł ŧímé.·······································································⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/reminders.py"/>
        <source>Baclofen should not be stopped suddenly: stopping it suddenly can cause withdrawal, such as hallucinations or seizures. If doses are being skipped (because of side effects, or for another reason), talk to your doctor or nurse.</source>
        <translation>⟦Báçłóféñ šĥóúłđ ñóŧ bé šŧóppéđ šúđđéñłý: šŧóppíñğ íŧ šúđđéñłý çáñ çáúšé ŵíŧĥđŕáŵáł, šúçĥ áš ĥáłłúçíñáŧíóñš óŕ šéížúŕéš. Íf đóšéš áŕé béíñğ šķíppéđ (béçáúšé óf šíđé éfféçŧš, óŕ fóŕ áñóŧĥéŕ ŕéášóñ), ŧáłķ ŧó ýóúŕ đóçŧóŕ óŕ ñúŕšé.·········································································⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/reminders.py"/>
        <source>Caregiver Assistant: please act soon</source>
        <translation>⟦Çáŕéğívéŕ Áššíšŧáñŧ: płéášé áçŧ šóóñ············⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/reminders.py"/>
        <source>Check-in: how are things today?</source>
        <translation>⟦Çĥéçķ-íñ: ĥóŵ áŕé ŧĥíñğš ŧóđáý?··········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/reminders.py"/>
        <source>Closing this window snoozes the reminder for 10 minutes.</source>
        <translation>⟦Çłóšíñğ ŧĥíš ŵíñđóŵ šñóóžéš ŧĥé ŕémíñđéŕ fóŕ 10 míñúŧéš.··················⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/reminders.py"/>
        <source>Decide &amp;later</source>
        <translation>⟦Đéçíđé &amp;láŧéŕ····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/reminders.py"/>
        <source>Don&apos;t log</source>
        <translation>⟦Đóñ&apos;ŧ łóğ···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/reminders.py"/>
        <source>Doses due now</source>
        <translation>⟦Đóšéš đúé ñóŵ····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/reminders.py"/>
        <source>If it was not taken: leave it out; take the next dose at the usual time.</source>
        <translation>⟦Íf íŧ ŵáš ñóŧ ŧáķéñ: łéávé íŧ óúŧ; ŧáķé ŧĥé ñéxŧ đóšé áŧ ŧĥé úšúáł ŧímé.······················⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/reminders.py"/>
        <source>If it was not taken: see the medicine&apos;s leaflet.</source>
        <translation>⟦Íf íŧ ŵáš ñóŧ ŧáķéñ: šéé ŧĥé méđíçíñé&apos;š łéáfłéŧ.···············⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/reminders.py"/>
        <source>If it was not taken: take it now.</source>
        <translation>⟦Íf íŧ ŵáš ñóŧ ŧáķéñ: ŧáķé íŧ ñóŵ.··········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/reminders.py"/>
        <source>It &amp;was taken</source>
        <translation>⟦Íŧ &amp;wáš ŧáķéñ····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/reminders.py"/>
        <source>Log it</source>
        <translation>⟦Łóğ íŧ··⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/reminders.py"/>
        <source>Missed a dose: what to do</source>
        <translation>⟦Míššéđ á đóšé: ŵĥáŧ ŧó đó········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/reminders.py"/>
        <source>Missed dose guidance</source>
        <translation>⟦Míššéđ đóšé ğúíđáñçé·······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/reminders.py"/>
        <source>Missed doses</source>
        <translation>⟦Míššéđ đóšéš····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/reminders.py"/>
        <source>Missed doses — was it taken?</source>
        <translation>⟦Míššéđ đóšéš — ŵáš íŧ ŧáķéñ?········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/reminders.py"/>
        <source>Missed — was it taken?</source>
        <translation>⟦Míššéđ — ŵáš íŧ ŧáķéñ?······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/reminders.py"/>
        <source>Not saved</source>
        <translation>⟦Ñóŧ šávéđ···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/reminders.py"/>
        <source>Reason (optional):</source>
        <translation>⟦Ŕéášóñ (ópŧíóñáł):······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/reminders.py"/>
        <source>Recorded as taken at its usual time</source>
        <translation>⟦Ŕéçóŕđéđ áš ŧáķéñ áŧ íŧš úšúáł ŧímé············⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/reminders.py"/>
        <source>Skip this dose</source>
        <translation>⟦Šķíp ŧĥíš đóšé·····⟧</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/caregiver_app/ui/reminders.py"/>
        <source>Snooze %n minutes</source>
        <extracomment>English singular: Snooze %n minute</extracomment>
        <translation>
            <numerusform>⟦Šñóóžé %n míñúŧé·····⟧</numerusform>
            <numerusform>⟦Šñóóžé %n míñúŧéš·····⟧</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/reminders.py"/>
        <source>Snooze {minutes} min</source>
        <translation>⟦Šñóóžé {minutes} míñ····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/reminders.py"/>
        <source>Taken &amp;at…</source>
        <translation>⟦Ŧáķéñ &amp;aŧ…··⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/reminders.py"/>
        <source>These doses came due while the app was closed, the computer was asleep, or reminders were paused. Please say what happened, so the record is right: tick the doses (Space), or select one, then choose an answer.</source>
        <translation>⟦Ŧĥéšé đóšéš çámé đúé ŵĥíłé ŧĥé ápp ŵáš çłóšéđ, ŧĥé çómpúŧéŕ ŵáš ášłéép, óŕ ŕémíñđéŕš ŵéŕé páúšéđ. Płéášé šáý ŵĥáŧ ĥáppéñéđ, šó ŧĥé ŕéçóŕđ íš ŕíğĥŧ: ŧíçķ ŧĥé đóšéš (Špáçé), óŕ šéłéçŧ óñé, ŧĥéñ çĥóóšé áñ áñšŵéŕ.·································································⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/reminders.py"/>
        <source>Tick the doses this answer is for (Space ticks or unticks). Never take 2 doses at once or an extra dose to make up for a missed one. If unsure, talk to your doctor or nurse.</source>
        <translation>⟦Ŧíçķ ŧĥé đóšéš ŧĥíš áñšŵéŕ íš fóŕ (Špáçé ŧíçķš óŕ úñŧíçķš). Ñévéŕ ŧáķé 2 đóšéš áŧ óñçé óŕ áñ éxŧŕá đóšé ŧó máķé úp fóŕ á míššéđ óñé. Íf úñšúŕé, ŧáłķ ŧó ýóúŕ đóçŧóŕ óŕ ñúŕšé.····················································⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/reminders.py"/>
        <source>Time for a dose</source>
        <translation>⟦Ŧímé fóŕ á đóšé·····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/reminders.py"/>
        <source>Time for a dose — Caregiver Assistant</source>
        <translation>⟦Ŧímé fóŕ á đóšé — Çáŕéğívéŕ Áššíšŧáñŧ············⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/reminders.py"/>
        <source>What time was it taken?</source>
        <translation>⟦Ŵĥáŧ ŧímé ŵáš íŧ ŧáķéñ?·······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/reminders.py"/>
        <source>What to do about the selected dose</source>
        <translation>⟦Ŵĥáŧ ŧó đó ábóúŧ ŧĥé šéłéçŧéđ đóšé···········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/reminders.py"/>
        <source>When was it taken?</source>
        <translation>⟦Ŵĥéñ ŵáš íŧ ŧáķéñ?······⟧</translation>
    </message>
</context>
<context>
    <name>ui.settings_dialog</name>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>&amp;Language</source>
        <translation>⟦&amp;Láñğúáğé···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>&amp;Text size</source>
        <translation>⟦&amp;Téxŧ šížé···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>A new language is used the next time Caregiver Assistant starts.</source>
        <translation>⟦Á ñéŵ łáñğúáğé íš úšéđ ŧĥé ñéxŧ ŧímé Çáŕéğívéŕ Áššíšŧáñŧ šŧáŕŧš.·····················⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Language</source>
        <translation>⟦Łáñğúáğé···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Not available on this system.</source>
        <translation>⟦Ñóŧ áváíłábłé óñ ŧĥíš šýšŧém.··········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Play a sound with reminders</source>
        <translation>⟦Płáý á šóúñđ ŵíŧĥ ŕémíñđéŕš·········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Reminder sound</source>
        <translation>⟦Ŕémíñđéŕ šóúñđ·····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Same as this computer ({language})</source>
        <translation>⟦Šámé áš ŧĥíš çómpúŧéŕ ({language})·······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Settings</source>
        <translation>⟦Šéŧŧíñğš···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Start Caregiver Assistant when I log in (so reminders come)</source>
        <translation>⟦Šŧáŕŧ Çáŕéğívéŕ Áššíšŧáñŧ ŵĥéñ Í łóğ íñ (šó ŕémíñđéŕš çómé)···················⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Start at login</source>
        <translation>⟦Šŧáŕŧ áŧ łóğíñ·····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Text size</source>
        <translation>⟦Ŧéxŧ šížé···⟧</translation>
    </message>
</context>
<context>
    <name>ui.theme</name>
    <message>
        <location filename="../../src/caregiver_app/ui/theme.py"/>
        <source>Extra large</source>
        <translation>⟦Éxŧŕá łáŕğé····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/theme.py"/>
        <source>Large</source>
        <translation>⟦Łáŕğé··⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/theme.py"/>
        <source>Normal</source>
        <translation>⟦Ñóŕmáł··⟧</translation>
    </message>
</context>
<context>
    <name>ui.tray</name>
    <message>
        <location filename="../../src/caregiver_app/ui/tray.py"/>
        <source>&amp;Open Caregiver Assistant</source>
        <translation>⟦&amp;Opéñ Çáŕéğívéŕ Áššíšŧáñŧ········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/tray.py"/>
        <source>&amp;Pause reminders for 1 hour</source>
        <translation>⟦&amp;Páúšé ŕémíñđéŕš fóŕ 1 ĥóúŕ········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/tray.py"/>
        <source>&amp;Quit (reminders stop)</source>
        <translation>⟦&amp;Qúíŧ (ŕémíñđéŕš šŧóp)······⟧</translation>
    </message>
</context>
<context>
    <name>ui.widgets</name>
    <message>
        <location filename="../../src/caregiver_app/ui/widgets.py"/>
        <source>Undo</source>
        <translation>⟦Úñđó··⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/widgets.py"/>
        <source>Undo what was just done</source>
        <translation>⟦Úñđó ŵĥáŧ ŵáš júšŧ đóñé········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/widgets.py"/>
        <source>What was just done</source>
        <translation>⟦Ŵĥáŧ ŵáš júšŧ đóñé······⟧</translation>
    </message>
</context>
</TS>
