<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <location filename="../../ui/board_model.py" line="99"/>
        <source>A suggestion from today&apos;s CRS/ICANS grades and open FN bundle; the nurse confirms it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/board_model.py" line="106"/>
        <source>!! unstable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/board_model.py" line="107"/>
        <source>! watcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/board_model.py" line="108"/>
        <location filename="../../ui/handover_preview.py" line="56"/>
        <source>stable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/board_model.py" line="119"/>
        <source>Bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/board_model.py" line="120"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/board_model.py" line="121"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/board_model.py" line="122"/>
        <source>MRN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/board_model.py" line="123"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/board_model.py" line="124"/>
        <location filename="../../ui/timeline_canvas.py" line="274"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/board_model.py" line="125"/>
        <source>CRS / ICANS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/board_model.py" line="126"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/board_model.py" line="127"/>
        <location filename="../../ui/checklist_model.py" line="84"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/board_model.py" line="128"/>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/board_model.py" line="134"/>
        <source>Days since the first infusion (day 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/board_model.py" line="135"/>
        <source>Latest recorded CRS and ICANS grades; - when none is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/board_model.py" line="136"/>
        <source>Checklist items past their window today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/board_model.py" line="137"/>
        <source>Checklist items due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/board_model.py" line="138"/>
        <source>Items waiting for a missing fact or a gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/board_page.py" line="32"/>
        <source>Demo data notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/board_page.py" line="36"/>
        <source>Ward filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/board_page.py" line="37"/>
        <source>Show one ward, or all wards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/board_page.py" line="40"/>
        <source>Find a patient by name or MRN (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/board_page.py" line="41"/>
        <source>Find a patient by name or MRN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/board_page.py" line="42"/>
        <source>Type part of a name or MRN; Enter opens the highlighted patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/board_page.py" line="48"/>
        <source>Ward board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/board_page.py" line="49"/>
        <source>Enter or double-click opens the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/board_page.py" line="63"/>
        <source>&amp;Ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/board_page.py" line="63"/>
        <source>Fi&amp;nd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/board_page.py" line="96"/>
        <source>DEMO: {n} demo patients (ward DEMO) are shown. They are not real patients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/board_page.py" line="104"/>
        <source>All wards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_model.py" line="47"/>
        <location filename="../../ui/timeline_canvas.py" line="56"/>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_model.py" line="48"/>
        <location filename="../../ui/timeline_canvas.py" line="56"/>
        <source>due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_model.py" line="49"/>
        <location filename="../../ui/timeline_canvas.py" line="56"/>
        <source>blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_model.py" line="50"/>
        <source>review stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_model.py" line="51"/>
        <location filename="../../ui/checklist_tab.py" line="51"/>
        <location filename="../../ui/timeline_canvas.py" line="56"/>
        <source>not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_model.py" line="52"/>
        <location filename="../../ui/checklist_tab.py" line="51"/>
        <location filename="../../ui/timeline_canvas.py" line="56"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_model.py" line="53"/>
        <location filename="../../ui/checklist_tab.py" line="51"/>
        <source>not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_model.py" line="57"/>
        <source>until {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_model.py" line="59"/>
        <source>{status} recorded {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_model.py" line="67"/>
        <source>Overdue from earlier days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_model.py" line="68"/>
        <source>Febrile neutropenia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_model.py" line="69"/>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_model.py" line="70"/>
        <source>Prophylaxis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_model.py" line="71"/>
        <source>Immunoglobulin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_model.py" line="72"/>
        <source>Screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_model.py" line="73"/>
        <location filename="../../ui/labs_tab.py" line="81"/>
        <location filename="../../ui/labs_tab.py" line="189"/>
        <source>Vaccination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_model.py" line="74"/>
        <source>Product label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_model.py" line="84"/>
        <location filename="../../ui/labs_tab.py" line="107"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_model.py" line="84"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_model.py" line="84"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="52"/>
        <source>{item} {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="66"/>
        <source>undone by {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="77"/>
        <location filename="../../ui/history_model.py" line="199"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="78"/>
        <source>Why? (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="106"/>
        <source>◀ Previous day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="106"/>
        <source>Previous day (Alt+Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="107"/>
        <source>Next day ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="107"/>
        <source>Next day (Alt+Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="108"/>
        <location filename="../../ui/checklist_tab.py" line="285"/>
        <location filename="../../ui/timeline_tab.py" line="48"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="108"/>
        <source>Back to today (Alt+Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="112"/>
        <source>Checklist date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="113"/>
        <source>Choose the day to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="117"/>
        <source>day </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="118"/>
        <source>Go to day number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="119"/>
        <source>Day after the first infusion; Enter goes there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="121"/>
        <location filename="../../ui/checklist_tab.py" line="122"/>
        <source>Show items that do not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="123"/>
        <source>Also list every item that is not due today, with the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="131"/>
        <source>Go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="140"/>
        <source>Checklist items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="165"/>
        <source>Item details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="166"/>
        <source>Show &amp;sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="168"/>
        <source>Show sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="169"/>
        <source>Show the publications this item cites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="172"/>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="172"/>
        <source>Mark the selected item done (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="174"/>
        <source>&amp;Not done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="174"/>
        <source>Record that it was not done, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="177"/>
        <source>Not &amp;applicable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="178"/>
        <source>Record that it does not apply to this patient, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="181"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="183"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="186"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="186"/>
        <source>Undo the last tick (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="197"/>
        <source>Checklist message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="200"/>
        <source>Day summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="287"/>
        <source>{when}, day {day:+d}: {overdue} overdue, {due} due, {blocked} blocked, {done} done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="290"/>
        <source>  ·  a future day: shown for planning, nothing can be ticked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="323"/>
        <source>No item selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="323"/>
        <source>Nothing listed for this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="329"/>
        <source>Drug and dose: {drug}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="333"/>
        <source>Recorded later: {status} by {by} at {at}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="337"/>
        <source>Sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="340"/>
        <source>Sources: {keys}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="351"/>
        <source>Not done: {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="351"/>
        <source>Not applicable: {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="362"/>
        <source>This day is in the future: nothing can be ticked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="366"/>
        <source>{item} is {status}: there is nothing to tick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="372"/>
        <source>Refused: &quot;{status}&quot; needs a reason. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="380"/>
        <source>Saved: {item} {status} for {due}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist_tab.py" line="391"/>
        <location filename="../../ui/entry_forms.py" line="158"/>
        <source>Not saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="72"/>
        <source>Form message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="74"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="75"/>
        <source>Save entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="76"/>
        <source>Check and save this entry (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="103"/>
        <source>Problem with {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="150"/>
        <source>Not saved: please correct the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="153"/>
        <location filename="../../ui/handover_preview.py" line="398"/>
        <source>Not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="161"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="186"/>
        <location filename="../../ui/entry_forms.py" line="250"/>
        <location filename="../../ui/entry_forms.py" line="346"/>
        <location filename="../../ui/entry_forms.py" line="368"/>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="186"/>
        <source>Day the sample was taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="187"/>
        <location filename="../../ui/entry_forms.py" line="252"/>
        <source>T&amp;ime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="187"/>
        <source>Time of the sample, optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="187"/>
        <location filename="../../ui/entry_forms.py" line="252"/>
        <source>HH:MM (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="189"/>
        <source>T&amp;est</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="189"/>
        <source>Which lab test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="190"/>
        <location filename="../../ui/entry_forms.py" line="262"/>
        <source>V&amp;alue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="190"/>
        <source>The result as printed on the lab report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="192"/>
        <location filename="../../ui/entry_forms.py" line="264"/>
        <source>&amp;Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="192"/>
        <source>The unit on the lab report; only this test&apos;s units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="219"/>
        <source>{test} {value:g} {unit} is outside the plausible range {low:g} to {high:g} {unit} ({ilow:g} to {ihigh:g} {iunit}). Is the unit right?

Save anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="233"/>
        <source>Implausible value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="250"/>
        <source>Day of the observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="252"/>
        <source>Time of the reading; fever over an hour needs times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="255"/>
        <location filename="../../ui/labs_tab.py" line="62"/>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="256"/>
        <source>CRS grade (0-4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="257"/>
        <source>ICANS grade (0-4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="258"/>
        <source>ICE score (0-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="259"/>
        <source>Mucositis grade (0-4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="261"/>
        <source>&amp;What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="261"/>
        <source>Temperature, a grade or the ICE score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="262"/>
        <source>The reading, or the grade as a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="264"/>
        <source>Temperature unit as read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="288"/>
        <source>T&amp;ype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="288"/>
        <source>Kind of treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="289"/>
        <source>Dru&amp;g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="289"/>
        <source>Drug name, optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="289"/>
        <source>e.g. dexamethasone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="290"/>
        <source>&amp;One day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="291"/>
        <source>A co&amp;urse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="292"/>
        <source>Given on one day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="292"/>
        <source>Given from a start day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="302"/>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="302"/>
        <source>On one day, or as a course with a start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="303"/>
        <source>D&amp;ate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="303"/>
        <source>Day it was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="304"/>
        <source>Sta&amp;rt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="304"/>
        <source>First day of the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="305"/>
        <source>&amp;End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="305"/>
        <source>Last day of the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="306"/>
        <source>O&amp;ngoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="306"/>
        <source>still given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="306"/>
        <source>No end day yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="307"/>
        <source>&amp;Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="307"/>
        <source>Dose as a number, optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="308"/>
        <source>Dose un&amp;it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="308"/>
        <source>e.g. mg/day or g/kg, optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="346"/>
        <source>Day the infection was diagnosed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="347"/>
        <source>S&amp;ite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="347"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="348"/>
        <source>&amp;Pathogen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="348"/>
        <source>Organism, optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="349"/>
        <location filename="../../ui/patient_dialog.py" line="95"/>
        <location filename="../../ui/patient_dialog.py" line="135"/>
        <location filename="../../ui/patient_dialog.py" line="152"/>
        <location filename="../../ui/patient_fields.py" line="37"/>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="349"/>
        <location filename="../../ui/patient_dialog.py" line="152"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="349"/>
        <location filename="../../ui/patient_dialog.py" line="152"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="350"/>
        <source>Se&amp;rious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="350"/>
        <source>Was it a serious infection?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="368"/>
        <source>Day the vaccine was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="370"/>
        <source>Vacc&amp;ine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry_forms.py" line="370"/>
        <source>Which vaccine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="56"/>
        <source>watcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="56"/>
        <source>unstable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="68"/>
        <source>Print preview: {document}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="69"/>
        <source>Print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="79"/>
        <source>The sheet as it will print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="80"/>
        <source>Page Up and Page Down move through the pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="86"/>
        <source>Characters that cannot be printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="90"/>
        <source>Print status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="114"/>
        <source>Page number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="116"/>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="117"/>
        <source>Whole page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="120"/>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="121"/>
        <source>How large the page is shown (Ctrl+plus, Ctrl+minus); printing is not affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="123"/>
        <source>&amp;Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="125"/>
        <location filename="../../ui/timeline_tab.py" line="43"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="125"/>
        <source>Smaller (Ctrl+minus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="126"/>
        <location filename="../../ui/timeline_tab.py" line="45"/>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="126"/>
        <source>Larger (Ctrl+plus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="143"/>
        <source>Illness severity (I-PASS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="144"/>
        <source>Illness severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="147"/>
        <source>Bedside suggests a level from the latest CRS and ICANS grades and an open febrile-neutropenia bundle. Choose another level to print it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="155"/>
        <source>Patients on this sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="188"/>
        <source>{level} (suggested)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="191"/>
        <source>Illness severity for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="193"/>
        <source>Bedside suggests {level}: {reasons}. The sheet prints the level chosen here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="203"/>
        <source>&amp;Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="204"/>
        <source>Print on this workstation&apos;s default printer; without one, choose a printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="205"/>
        <location filename="../../ui/handover_preview.py" line="364"/>
        <location filename="../../ui/main_window.py" line="104"/>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="208"/>
        <source>&amp;Choose printer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="209"/>
        <source>Choose a printer and the pages in the system print dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="210"/>
        <source>Choose printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="213"/>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="214"/>
        <source>Save the sheet as a PDF file (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="215"/>
        <location filename="../../ui/handover_preview.py" line="395"/>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="219"/>
        <source>Close the preview without printing (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="220"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="261"/>
        <source>…and {n} more (hover to see all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="262"/>
        <source>Some characters are not in the printing font. The sheet shows them as [U+…] codes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="274"/>
        <source>Page {page} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="314"/>
        <source>This sheet cannot be made now: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="318"/>
        <source>Made again with the latest data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="351"/>
        <source>({printer})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="369"/>
        <source>Not printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="382"/>
        <source>Nothing was printed: the printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="386"/>
        <source>Sent {n} page(s) to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="395"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="406"/>
        <source>Not saved: cannot write {file}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="410"/>
        <source>Saved {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="420"/>
        <source>Bed {bed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover_preview.py" line="420"/>
        <source>No bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="31"/>
        <source>All changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="32"/>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="33"/>
        <source>Entries (labs, observations, treatments, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="34"/>
        <source>Patient changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="35"/>
        <source>Voids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="75"/>
        <location filename="../../ui/labs_tab.py" line="72"/>
        <source>ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="83"/>
        <source>{item} {status} for {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="91"/>
        <source>ticked {item} done for {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="92"/>
        <source>marked {item} not done for {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="93"/>
        <source>marked {item} not applicable for {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="95"/>
        <source>recorded {item} for {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="117"/>
        <source>voided {entity} #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="122"/>
        <source>added {entity} #{id}: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="126"/>
        <source>added the patient (record imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="128"/>
        <source>replaced the whole patient record from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="130"/>
        <source>changed {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="133"/>
        <source>moved to protocol {new} (from {old}): {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="139"/>
        <source>the handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="139"/>
        <source>the follow-up plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="140"/>
        <source>to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="140"/>
        <source>on a printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="141"/>
        <source>printed {sheet} ({pages} pages) {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="149"/>
        <source>#{seq} {action} by {actor} on {workstation}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="151"/>
        <source>before: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="153"/>
        <source>after: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="199"/>
        <source>When (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="199"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="199"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="212"/>
        <source>Stored as {utc} (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="227"/>
        <source>{text} [voided]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="44"/>
        <source>Show which changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="45"/>
        <source>Show all changes, or only checks, entries, patient changes or voids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="51"/>
        <location filename="../../ui/history_tab.py" line="52"/>
        <source>Search the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="53"/>
        <source>Shows only changes whose words contain this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="56"/>
        <source>V&amp;oid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="57"/>
        <location filename="../../ui/labs_tab.py" line="229"/>
        <source>Void the selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="60"/>
        <source>Void a mistaken lab, observation, treatment, infection, vaccination or tick (Delete). It stays in the record, marked void, with your reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="67"/>
        <source>Patient history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="78"/>
        <source>History message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="81"/>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="142"/>
        <source>Void {entity} #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="143"/>
        <source>The entry stays in the record, marked void. Why is it being voided?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="150"/>
        <source>Select a lab, observation, treatment, infection, vaccination or tick to void.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="159"/>
        <source>Not voided: a reason is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="164"/>
        <source>Not voided: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="166"/>
        <source>Voided: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labs_tab.py" line="59"/>
        <source>Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labs_tab.py" line="63"/>
        <location filename="../../ui/timeline_canvas.py" line="61"/>
        <source>CRS grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labs_tab.py" line="64"/>
        <location filename="../../ui/timeline_canvas.py" line="61"/>
        <source>ICANS grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labs_tab.py" line="65"/>
        <source>ICE score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labs_tab.py" line="66"/>
        <source>Mucositis grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labs_tab.py" line="71"/>
        <source>{start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labs_tab.py" line="76"/>
        <location filename="../../ui/labs_tab.py" line="187"/>
        <source>Treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labs_tab.py" line="78"/>
        <source>serious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labs_tab.py" line="78"/>
        <source>not serious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labs_tab.py" line="80"/>
        <location filename="../../ui/labs_tab.py" line="188"/>
        <source>Infection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labs_tab.py" line="107"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labs_tab.py" line="107"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labs_tab.py" line="107"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labs_tab.py" line="107"/>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labs_tab.py" line="136"/>
        <source>voided: {reason} ({by}, {at} UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labs_tab.py" line="146"/>
        <source>Void entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labs_tab.py" line="148"/>
        <source>Void {entry}?
Why is it a mistake? (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labs_tab.py" line="153"/>
        <source>Reason for voiding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labs_tab.py" line="157"/>
        <source>Void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labs_tab.py" line="181"/>
        <source>Kind of entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labs_tab.py" line="182"/>
        <source>Choose what to enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labs_tab.py" line="185"/>
        <source>Lab result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labs_tab.py" line="186"/>
        <source>Temperature or grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labs_tab.py" line="192"/>
        <source>New entry: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labs_tab.py" line="200"/>
        <source>New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labs_tab.py" line="207"/>
        <source>Trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labs_tab.py" line="212"/>
        <source>Dashed red lines: thresholds used by this patient&apos;s protocol, with the item ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labs_tab.py" line="214"/>
        <source>Chart legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labs_tab.py" line="220"/>
        <source>Entries for this patient, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labs_tab.py" line="228"/>
        <source>&amp;Void…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labs_tab.py" line="230"/>
        <source>Mark the selected entry as a mistake, with a reason; it stays in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labs_tab.py" line="234"/>
        <source>Entries message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labs_tab.py" line="236"/>
        <source>Entries (newest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labs_tab.py" line="301"/>
        <source>Not voided: a reason is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labs_tab.py" line="306"/>
        <source>Not voided: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labs_tab.py" line="308"/>
        <source>Voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="59"/>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="63"/>
        <source>Signed in as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="89"/>
        <source>&amp;New patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="91"/>
        <source>&amp;Edit patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="91"/>
        <source>Edit the selected or open patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="94"/>
        <source>&amp;Import patient JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="97"/>
        <source>Add a bedside-patient/1 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="100"/>
        <source>E&amp;xport patient JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="100"/>
        <source>Save the selected or open patient as a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106"/>
        <source>Print toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108"/>
        <source>Print ward handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="110"/>
        <source>S&amp;witch user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="110"/>
        <source>Sign in as someone else on this workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="112"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="120"/>
        <source>&amp;Find patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="121"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="123"/>
        <source>&amp;Back to the ward board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="123"/>
        <source>Esc or Alt+Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="125"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="129"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="130"/>
        <source>&amp;About Bedside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="135"/>
        <source>Signed in: {name} ({initials})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="157"/>
        <source>Bedside: ward board, {day} ({n} patients)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="235"/>
        <source>Import patient JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="235"/>
        <source>Patient JSON (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="247"/>
        <source>…and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="249"/>
        <location filename="../../ui/main_window.py" line="257"/>
        <location filename="../../ui/main_window.py" line="267"/>
        <source>Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="250"/>
        <source>{file} is not a valid patient file. Nothing was changed.

{problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="257"/>
        <source>Cannot read {file}: {err}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="261"/>
        <source>A patient with MRN {mrn} is already here. Replace the whole record with the file&apos;s?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="262"/>
        <source>Replace patient?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="271"/>
        <source>Imported {mrn}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="287"/>
        <source>Export patient JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="287"/>
        <source>Patient JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="299"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="299"/>
        <source>Cannot write {file}: {err}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="302"/>
        <source>Exported to {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="346"/>
        <source>Bedside {version}

{notice}

Database: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="349"/>
        <source>About Bedside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="53"/>
        <source>New patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="53"/>
        <source>Edit patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="54"/>
        <source>Bedside: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="67"/>
        <source>Problems with this patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="84"/>
        <location filename="../../ui/patient_view.py" line="31"/>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="87"/>
        <source>&amp;MRN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="87"/>
        <source>Medical record number: 1-32 of A-Z a-z 0-9 - _ / .</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="91"/>
        <source>The MRN cannot change; import the record again under a new MRN instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="92"/>
        <location filename="../../ui/sign_in.py" line="117"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="92"/>
        <source>As on the wristband, e.g. Doe, Jane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="93"/>
        <source>&amp;Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="94"/>
        <source>female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="94"/>
        <source>male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="94"/>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="94"/>
        <location filename="../../ui/patient_dialog.py" line="136"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="96"/>
        <source>Se&amp;x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="97"/>
        <source>&amp;Weight (kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="97"/>
        <source>Body weight in kilograms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="103"/>
        <source>W&amp;ard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="103"/>
        <source>Choose a ward or type a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="104"/>
        <source>B&amp;ed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="108"/>
        <source>CAR T-cell therapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="110"/>
        <source>choose the product…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="112"/>
        <source>&amp;Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="113"/>
        <source>In&amp;dication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="113"/>
        <source>e.g. DLBCL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="114"/>
        <source>Apheres&amp;is date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="115"/>
        <source>&amp;LD start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="115"/>
        <source>First day of lymphodepletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="116"/>
        <source>LD end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="116"/>
        <source>Last day of lymphodepletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="120"/>
        <source>In&amp;fusion date(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="121"/>
        <source>Day 0 is the first infusion; a split dose lists both, separated by a comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="127"/>
        <source>Serology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="130"/>
        <source>CMV IgG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="131"/>
        <source>HBsAg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="132"/>
        <source>anti-HBc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="133"/>
        <source>HBV DNA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="135"/>
        <source>positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="135"/>
        <source>negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="142"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="144"/>
        <source>Prior HCT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="144"/>
        <source>e.g. autologous 2023-05-01; allogeneic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="145"/>
        <source>Each transplant: autologous or allogeneic, then its date if known; separate them with ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="146"/>
        <source>Prior &amp;HCT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="148"/>
        <source>Prior invasive fun&amp;gal infection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="149"/>
        <source>Prior invasive m&amp;old infection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="150"/>
        <source>B&amp;ridging therapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="155"/>
        <source>Exposure risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="155"/>
        <source>e.g. tuberculosis; strongyloides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="156"/>
        <source>Exposure ris&amp;ks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="156"/>
        <source>Separate risks with ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="160"/>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="168"/>
        <source>keep {id} version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="173"/>
        <source>Pro&amp;tocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="173"/>
        <source>The patient&apos;s checklist follows this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="176"/>
        <source>Pinned: {id} version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="178"/>
        <source>Pinned protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="180"/>
        <source>Reason for mo&amp;ving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="180"/>
        <source>Recorded in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="249"/>
        <source>list at least one, or choose &quot;none&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="251"/>
        <source>moving a patient to another protocol needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_dialog.py" line="265"/>
        <source>a patient with this MRN is already here: use Edit patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_fields.py" line="36"/>
        <source>{name}: recorded?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_fields.py" line="37"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_fields.py" line="37"/>
        <source>yes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_fields.py" line="91"/>
        <source>{field}: problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_fields.py" line="103"/>
        <source>A date as YYYY-MM-DD; leave empty if not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_view.py" line="35"/>
        <source>Patient details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_view.py" line="37"/>
        <source>← Ward board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_view.py" line="38"/>
        <source>Back to the ward board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_view.py" line="39"/>
        <source>Back to the ward board (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_view.py" line="50"/>
        <source>Patient record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_view.py" line="51"/>
        <source>&amp;Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_view.py" line="52"/>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_view.py" line="53"/>
        <source>&amp;Labs and events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patient_view.py" line="54"/>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="133"/>
        <source>Follow-up plan, {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="135"/>
        <source>Patient handover, {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="137"/>
        <source>Ward handover, all wards, {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="138"/>
        <source>Ward handover, {ward}, {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="205"/>
        <source>the file could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="228"/>
        <source>&amp;Print ward handover…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="230"/>
        <source>Print p&amp;atient handover…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="231"/>
        <source>Preview and print the I-PASS handover of the open or selected patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="232"/>
        <source>Print &amp;follow-up plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="233"/>
        <source>Preview and print the patient&apos;s own follow-up plan, in large type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="257"/>
        <source>&amp;Print ward handover: all wards…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="258"/>
        <source>Preview and print the I-PASS handover of every active patient, all wards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="260"/>
        <source>&amp;Print ward handover: {ward}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="261"/>
        <source>Preview and print the I-PASS handover of every active patient on ward {ward}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="301"/>
        <source>Nothing to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="44"/>
        <source>Bedside: sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="45"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="51"/>
        <source>Type your name or initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="52"/>
        <source>Find your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="53"/>
        <source>Type to narrow the list; Enter signs in as the highlighted person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="63"/>
        <source>Users on this workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="67"/>
        <source>Sign-in problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="71"/>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="72"/>
        <source>Sign in as the highlighted person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="82"/>
        <source>&amp;Who are you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="96"/>
        <source>Not in the list? Add yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="98"/>
        <source>Your full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="99"/>
        <source>e.g. Ann Berg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="101"/>
        <source>Your initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="102"/>
        <source>1-5 letters or digits, unique on this workstation; shown beside every tick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="105"/>
        <source>Name problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="105"/>
        <source>Initials problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="110"/>
        <source>&amp;Add me and sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="111"/>
        <source>Add me and sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="117"/>
        <source>&amp;Initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="178"/>
        <source>Choose your name from the list, or add yourself below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_canvas.py" line="56"/>
        <source>stop review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_canvas.py" line="61"/>
        <source>Fever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_canvas.py" line="61"/>
        <source>Steroids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_canvas.py" line="61"/>
        <source>Tocilizumab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_canvas.py" line="61"/>
        <source>IVIG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_canvas.py" line="62"/>
        <source>Vaccinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_canvas.py" line="62"/>
        <source>Infections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_canvas.py" line="102"/>
        <source>Course timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_canvas.py" line="116"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_canvas.py" line="116"/>
        <source>Events: none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_canvas.py" line="273"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_canvas.py" line="358"/>
        <source>nothing listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_canvas.py" line="359"/>
        <source>Day {day:+d}, {date}: {items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_canvas.py" line="385"/>
        <location filename="../../ui/trend_chart.py" line="129"/>
        <source>day {n:+d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_canvas.py" line="387"/>
        <source>Click to open this day&apos;s checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_canvas.py" line="394"/>
        <source>{item}: not listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_canvas.py" line="396"/>
        <source>{status} from {first} to {last} (day {a:+d} to {b:+d})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_canvas.py" line="403"/>
        <source>after today: planned, if nothing new is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_canvas.py" line="415"/>
        <source>after today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_canvas.py" line="415"/>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_canvas.py" line="416"/>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="40"/>
        <source>Course timeline, scrollable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="43"/>
        <source>Zoom out: more days (Ctrl+−, Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="45"/>
        <source>Zoom in: wider days (Ctrl++, Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="48"/>
        <source>Scroll to today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="48"/>
        <source>Scroll to today and put the day cursor on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="53"/>
        <source>Day under the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="60"/>
        <source>Click a day, or use ←/→ and Enter, to open its checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="61"/>
        <source>How to open a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trend_chart.py" line="47"/>
        <source>{test} trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trend_chart.py" line="50"/>
        <source>{date} (day {day:+d}): {value:g} {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trend_chart.py" line="54"/>
        <source>No results yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trend_chart.py" line="56"/>
        <source>Protocol threshold {value:g} {unit} ({comparisons}): {items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trend_chart.py" line="60"/>
        <source>The protocol sets no threshold on {test}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trend_chart.py" line="92"/>
        <source>No results yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="51"/>
        <source>Bedside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="58"/>
        <source>Every checklist item shows why it is listed, so a clinician can check it. The shipped reference profiles are not approved for local use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="113"/>
        <source>bedside: nobody signed in; closing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
