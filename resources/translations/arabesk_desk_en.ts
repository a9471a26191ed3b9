<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name></name>
    <message>
        <source>&amp;Nieuw bericht</source>
        <translation>&amp;New post</translation>
    </message>
    <message>
        <source>&amp;Concepten…</source>
        <translation>&amp;Drafts…</translation>
    </message>
    <message>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Publiceren…</source>
        <translation>&amp;Publish…</translation>
    </message>
    <message>
        <source>&amp;Twijfel? Vraag je leidinggevende…</source>
        <translation>&amp;Unsure? Ask your manager…</translation>
    </message>
    <message>
        <source>&amp;Foto of video toevoegen…</source>
        <translation>Add &amp;photo or video…</translation>
    </message>
    <message>
        <source>&amp;Instellingen…</source>
        <translation>Se&amp;ttings…</translation>
    </message>
    <message>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Opnie&amp;uw</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>K&amp;nippen</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Kopiëren</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Plakken</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>&amp;Alles selecteren</source>
        <translation>Select &amp;all</translation>
    </message>
    <message>
        <source>&amp;Volgend advies</source>
        <translation>&amp;Next advice</translation>
    </message>
    <message>
        <source>Vo&amp;rig advies</source>
        <translation>P&amp;revious advice</translation>
    </message>
    <message>
        <source>Eerste oplossing &amp;toepassen</source>
        <translation>Apply &amp;first fix</translation>
    </message>
    <message>
        <source>Advies n&amp;egeren</source>
        <translation>&amp;Ignore advice</translation>
    </message>
    <message>
        <source>&amp;Zin ‘op persoonlijke titel’ toevoegen</source>
        <translation>Add the ‘personal capacity’ &amp;line</translation>
    </message>
    <message>
        <source>Naar de a&amp;dviezen</source>
        <translation>Go to the a&amp;dvice</translation>
    </message>
    <message>
        <source>Naar de tek&amp;st</source>
        <translation>Go to the te&amp;xt</translation>
    </message>
    <message>
        <source>&amp;Persoonlijk</source>
        <translation>&amp;Personal</translation>
    </message>
    <message>
        <source>&amp;Namens de school</source>
        <translation>On behalf of the &amp;school</translation>
    </message>
    <message>
        <source>&amp;Voorbeeld per kanaal</source>
        <translation>Pre&amp;view per channel</translation>
    </message>
    <message>
        <source>vraag bij twijfel</source>
        <translation>question when unsure</translation>
    </message>
    <message>
        <source>(naam onbekend)</source>
        <translation>(name unknown)</translation>
    </message>
    <message>
        <source>versie %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>(geen vraag gesteld)</source>
        <translation>(no question asked)</translation>
    </message>
    <message>
        <source>Al besloten: %1 door %2</source>
        <translation>Already decided: %1 by %2</translation>
    </message>
    <message>
        <source>Richtlijn %1</source>
        <translation>Guideline %1</translation>
    </message>
    <message>
        <source>Voorstel:</source>
        <translation>Suggestion:</translation>
    </message>
    <message>
        <source>Rechtsklik voor oplossingen.</source>
        <translation>Right-click for fixes.</translation>
    </message>
    <message>
        <source>Zin weghalen</source>
        <translation>Remove sentence</translation>
    </message>
    <message>
        <source>Weghalen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Vervang door “%1”</source>
        <translation>Replace with “%1”</translation>
    </message>
    <message>
        <source>Vervangen</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>De zin “%1” gaat weg.</source>
        <translation>The sentence “%1” is removed.</translation>
    </message>
    <message>
        <source>medewerker</source>
        <translation>staff member</translation>
    </message>
    <message>
        <source>communicatie</source>
        <translation>communications</translation>
    </message>
    <message>
        <source>leidinggevende</source>
        <translation>manager</translation>
    </message>
    <message>
        <source>namens de school</source>
        <translation>on behalf of the school</translation>
    </message>
    <message>
        <source>persoonlijk</source>
        <translation>personal</translation>
    </message>
    <message>
        <source>Geen adviezen bij deze tekst.</source>
        <translation>No advice on this text.</translation>
    </message>
    <message>
        <source>richtlijn</source>
        <translation>guideline</translation>
    </message>
    <message>
        <source>Nog geen beoordeling.</source>
        <translation>No review yet.</translation>
    </message>
    <message>
        <source>YouTube (titel)</source>
        <translation>YouTube (title)</translation>
    </message>
    <message>
        <source>YouTube (beschrijving)</source>
        <translation>YouTube (description)</translation>
    </message>
    <message>
        <source>%1 en %2</source>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <source>%1 plaatst geen bericht zonder foto of video: voeg er een toe.</source>
        <translation>%1 does not post without a photo or video: add one.</translation>
    </message>
    <message>
        <source>Je foto of video upload je zelf in %1; Arabesk Desk plaatst alleen de tekst.</source>
        <translation>You upload the photo or video yourself in %1; Arabesk Desk only provides the text.</translation>
    </message>
    <message>
        <source>Deze tekst hoort bij een video die je zelf uploadt in %1.</source>
        <translation>This text goes with a video you upload yourself in %1.</translation>
    </message>
    <message>
        <source>Jij</source>
        <translation>You</translation>
    </message>
    <message>
        <source>concepten lezen</source>
        <translation>reading the drafts</translation>
    </message>
    <message>
        <source>Je laatste concept is teruggezet: je kunt verder waar je was.</source>
        <translation>Your last draft is back: carry on where you left off.</translation>
    </message>
    <message>
        <source>Nieuw bericht beginnen</source>
        <translation>Start a new post</translation>
    </message>
    <message>
        <source>concept verwijderen</source>
        <translation>deleting the draft</translation>
    </message>
    <message>
        <source>Je vraag is naar je leidinggevende gestuurd; je concept blijft bewaard. Het antwoord zie je in dit venster of via Beoordeling en logboek › Beoordeling aanvragen…</source>
        <translation>Your question has gone to your manager; your draft is kept. You see the answer in that window or through Review and log › Request review…</translation>
    </message>
    <message>
        <source>Je bericht is ter beoordeling gestuurd; je concept blijft bewaard. Na de goedkeuring kies je opnieuw ‘Publiceren…’.</source>
        <translation>Your post has been sent for review; your draft is kept. Once it is approved, choose ‘Publish…’ again.</translation>
    </message>
    <message>
        <source>gepubliceerd</source>
        <translation>published</translation>
    </message>
    <message>
        <source>geïmporteerd</source>
        <translation>imported</translation>
    </message>
    <message>
        <source>correctie</source>
        <translation>correction</translation>
    </message>
    <message>
        <source>verwijderd</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <source>link toegevoegd</source>
        <translation>link added</translation>
    </message>
    <message>
        <source>Adviezen bij publicatie</source>
        <translation>Advice when published</translation>
    </message>
    <message>
        <source>Toch gepubliceerde fouten, met de reden</source>
        <translation>Errors published anyway, with the reason</translation>
    </message>
    <message>
        <source>Beoordeling</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Gepubliceerd zonder beoordeling.</source>
        <translation>Published without review.</translation>
    </message>
    <message>
        <source>Je publiceert namens %1 op %2</source>
        <translation>You publish on behalf of %1 on %2</translation>
    </message>
    <message>
        <source>Je publiceert persoonlijk, als %1, op %2</source>
        <translation>You publish personally, as %1, on %2</translation>
    </message>
    <message>
        <source>jij</source>
        <translation>you</translation>
    </message>
    <message>
        <source>, met 1 foto of video</source>
        <translation>, with 1 photo or video</translation>
    </message>
    <message>
        <source>, met %1 foto&apos;s of video&apos;s</source>
        <translation>, with %1 photos or videos</translation>
    </message>
    <message>
        <source>Aandachtspunten bij een bericht namens de school</source>
        <translation>Points to consider in a post on behalf of the school</translation>
    </message>
    <message>
        <source>Je spreekt namens de school. Kijk deze punten nog eens na; een reden per punt is niet nodig.</source>
        <translation>You speak for the school. Look at these points once more; no reason is needed for each.</translation>
    </message>
    <message>
        <source>Ik heb deze punten bekeken en sta achter dit bericht</source>
        <translation>I have looked at these points and stand by this post</translation>
    </message>
    <message>
        <source>Foto&apos;s en video</source>
        <translation>Photos and video</translation>
    </message>
    <message>
        <source>Arabesk Desk plaatst alleen de tekst: je foto&apos;s en video upload je zelf op de pagina van het kanaal.</source>
        <translation>Arabesk Desk only provides the text: you upload your photos and video yourself on the channel&apos;s page.</translation>
    </message>
    <message>
        <source>Beoordeling door een leidinggevende</source>
        <translation>Review by a manager</translation>
    </message>
    <message>
        <source>Waarom beoordeling nodig is</source>
        <translation>Why review is needed</translation>
    </message>
    <message>
        <source>Goedgekeurd door %1: je kunt publiceren.</source>
        <translation>Approved by %1: you can publish.</translation>
    </message>
    <message>
        <source>Gepubliceerd en vastgelegd in het logboek. De tekst staat op het klembord.</source>
        <translation>Published and recorded in the log. The text is on the clipboard.</translation>
    </message>
    <message>
        <source>Plak hem op de pagina van %1 die in je browser opent.</source>
        <translation>Paste it on the page of %1 that opens in your browser.</translation>
    </message>
    <message>
        <source>De browser kon de pagina van %1 niet openen: ga er zelf heen en plak de tekst.</source>
        <translation>The browser could not open the page of %1: go there yourself and paste the text.</translation>
    </message>
    <message>
        <source>%1 heeft geen deelpagina: plaats het bericht daar zelf.</source>
        <translation>%1 has no share page: post it there yourself.</translation>
    </message>
    <message>
        <source>Plaats hem zelf op %1.</source>
        <translation>Post it yourself on %1.</translation>
    </message>
    <message>
        <source>Foto&apos;s en video upload je zelf bij het bericht: Arabesk Desk plaatst alleen tekst.</source>
        <translation>You upload photos and video with the post yourself: Arabesk Desk only provides text.</translation>
    </message>
    <message>
        <source>Op deze school beoordeelt een leidinggevende elk bericht.</source>
        <translation>At this school a manager reviews every post.</translation>
    </message>
    <message>
        <source>Het is een bericht namens de school van iemand buiten communicatie.</source>
        <translation>It is a post on behalf of the school by someone outside communications.</translation>
    </message>
    <message>
        <source>Wat het protocol een fout noemt, gaat toch mee (met een reden): %1.</source>
        <translation>What the protocol calls an error goes out anyway (with a reason): %1.</translation>
    </message>
    <message>
        <source>Berichten op %1 worden op deze school altijd beoordeeld.</source>
        <translation>Posts on %1 are always reviewed at this school.</translation>
    </message>
    <message>
        <source>%1 keurt het goed.</source>
        <translation>%1 approves it.</translation>
    </message>
    <message>
        <source>of</source>
        <translation>or</translation>
    </message>
    <message>
        <source>Een van deze leidinggevenden keurt het goed: %1.</source>
        <translation>One of these managers approves it: %1.</translation>
    </message>
    <message>
        <source>Na ‘Ter beoordeling sturen’ gaat je bericht naar de map voor beoordelingen; je concept blijft bewaard. Zodra het is goedgekeurd, kies je opnieuw ‘Publiceren…’. Wijzig je de tekst daarna, dan is een nieuwe goedkeuring nodig.</source>
        <translation>After ‘Send for review’ your post goes to the review folder; your draft is kept. Once it is approved, choose ‘Publish…’ again. If you change the text after that, it needs a new approval.</translation>
    </message>
    <message>
        <source>Beoordelen is op deze school nog niet ingericht: het schoolbeleid noemt geen leidinggevende die kan goedkeuren, dus dit bericht kan nu niet uit. Vraag ICT-beheer om elke leidinggevende ‘arabesk-desk review keygen’ te laten uitvoeren en hun publieke sleutels in het schoolbeleid te zetten (onder [review]). ICT kan dit nakijken met ‘arabesk-desk doctor’.</source>
        <translation>Review is not set up at this school yet: the school policy names no manager who can approve, so this post cannot go out now. Ask ICT to let each manager run ‘arabesk-desk review keygen’ and to put their public keys in the school policy (under [review]). ICT can check this with ‘arabesk-desk doctor’.</translation>
    </message>
    <message>
        <source>De map voor beoordelingen die ICT-beheer heeft ingesteld (%1) is niet bereikbaar. Controleer of de gedeelde map verbonden is, of vraag ICT-beheer om hulp.</source>
        <translation>The review folder ICT set up (%1) cannot be reached. Check that the shared folder is connected, or ask ICT for help.</translation>
    </message>
    <message>
        <source>De map voor beoordelingen (%1) is niet bereikbaar. Verbind de gedeelde map of de stick, of kies in de instellingen een andere map; ICT-beheer kan helpen.</source>
        <translation>The review folder (%1) cannot be reached. Connect the shared folder or the stick, or choose another folder in the settings; ICT can help.</translation>
    </message>
    <message>
        <source>Dit bericht gaat pas uit als een leidinggevende het goedkeurt, omdat:</source>
        <translation>This post goes out only once a manager approves it, because:</translation>
    </message>
    <message>
        <source>concept</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>wacht op besluit</source>
        <translation>awaiting decision</translation>
    </message>
    <message>
        <source>goedgekeurd</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>aanpassen gevraagd</source>
        <translation>changes requested</translation>
    </message>
    <message>
        <source>afgewezen</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>gevraagd, geen besluit</source>
        <translation>asked, no decision</translation>
    </message>
    <message>
        <source>vroeg om advies (twijfel)</source>
        <translation>asked for advice (unsure)</translation>
    </message>
    <message>
        <source>vroeg om beoordeling (versie %1)</source>
        <translation>asked for review (version %1)</translation>
    </message>
    <message>
        <source>%1 — ongeldig: %2</source>
        <translation>%1 — invalid: %2</translation>
    </message>
</context>
<context>
    <name>ActionRow</name>
    <message>
        <source>Twijfel? Vraag je leidinggevende</source>
        <translation>Unsure? Ask your manager</translation>
    </message>
    <message>
        <source>richtlijn 8</source>
        <translation>guideline 8</translation>
    </message>
    <message>
        <source>Daarna de deelpagina van het kanaal openen</source>
        <translation>Then open the channel&apos;s share page</translation>
    </message>
    <message>
        <source>Na publiceren opent de browser de pagina om je bericht te plaatsen.</source>
        <translation>After publishing, the browser opens the page to post your message.</translation>
    </message>
    <message>
        <source>Publiceren…</source>
        <translation>Publish…</translation>
    </message>
    <message>
        <source>Publiceren</source>
        <translation>Publish</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>&apos;%1&apos; bestaat niet (meer).</source>
        <translation>&apos;%1&apos; does not exist (any more).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is geen foto of video.</source>
        <translation>&apos;%1&apos; is not a photo or video.</translation>
    </message>
    <message>
        <source>De foto &apos;%1&apos; is beschadigd of onleesbaar.</source>
        <translation>The photo &apos;%1&apos; is damaged or unreadable.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; kan niet gelezen worden: %2.</source>
        <translation>&apos;%1&apos; cannot be read: %2.</translation>
    </message>
    <message>
        <source>Foto&apos;s en video</source>
        <translation>Photos and video</translation>
    </message>
    <message>
        <source>Bijlagen</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Wie staat erop? Namen van leerlingen, met komma&apos;s (voor de toestemming)</source>
        <translation>Who is in it? Pupils&apos; names, separated by commas (for consent)</translation>
    </message>
    <message>
        <source>Leerlingen op de foto</source>
        <translation>Pupils in the picture</translation>
    </message>
    <message>
        <source>Melding over bijlagen</source>
        <translation>Message about attachments</translation>
    </message>
    <message>
        <source>Foto of video &amp;toevoegen…</source>
        <translation>Add photo or &amp;video…</translation>
    </message>
    <message>
        <source>Foto of video toevoegen</source>
        <translation>Add photo or video</translation>
    </message>
    <message>
        <source>Ve&amp;rwijderen</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Gekozen bijlage verwijderen</source>
        <translation>Remove the selected attachment</translation>
    </message>
    <message>
        <source>of sleep ze hierheen</source>
        <translation>or drag them here</translation>
    </message>
    <message>
        <source>&apos;%1&apos; staat er al bij.</source>
        <translation>&apos;%1&apos; is already attached.</translation>
    </message>
    <message>
        <source>video</source>
        <translation>video</translation>
    </message>
    <message>
        <source>foto</source>
        <translation>photo</translation>
    </message>
    <message>
        <source>Foto&apos;s en video (%1)</source>
        <translation>Photos and video (%1)</translation>
    </message>
    <message>
        <source>Alle bestanden (*)</source>
        <translation>All files (*)</translation>
    </message>
</context>
<context>
    <name>CapacityToggle</name>
    <message>
        <source>&amp;Persoonlijk</source>
        <translation>&amp;Personal</translation>
    </message>
    <message>
        <source>&amp;Namens %1</source>
        <translation>On &amp;behalf of %1</translation>
    </message>
    <message>
        <source>Ik schrijf op persoonlijke titel</source>
        <translation>I am writing in a personal capacity</translation>
    </message>
    <message>
        <source>Ik schrijf namens de school</source>
        <translation>I am writing on behalf of the school</translation>
    </message>
    <message>
        <source>Toelichting toevoegen</source>
        <translation>Add disclosure</translation>
    </message>
    <message>
        <source>Over onderwijs? Zeg erbij dat je op persoonlijke titel schrijft: “%1”</source>
        <translation>About education? Say that you write in a personal capacity: “%1”</translation>
    </message>
    <message>
        <source>Zin ‘op persoonlijke titel’ toevoegen</source>
        <translation>Add the ‘in a personal capacity’ line</translation>
    </message>
    <message>
        <source>Als leidinggevende spreek je altijd namens de school.</source>
        <translation>As a manager you always speak for the school.</translation>
    </message>
    <message>
        <source>Richtlijn 5: bij twijfel niet publiceren.</source>
        <translation>Guideline 5: when in doubt, do not publish.</translation>
    </message>
    <message>
        <source>Persoonlijk of namens de school</source>
        <translation>Personal or on behalf of the school</translation>
    </message>
    <message>
        <source>Als leidinggevende spreek je altijd namens de school (richtlijn 5).</source>
        <translation>As a manager you always speak for the school (guideline 5).</translation>
    </message>
</context>
<context>
    <name>ChannelBar</name>
    <message>
        <source>Kanalen:</source>
        <translation>Channels:</translation>
    </message>
    <message>
        <source>Kanalen en tekenteller</source>
        <translation>Channels and character counter</translation>
    </message>
</context>
<context>
    <name>ChannelButton</name>
    <message>
        <source>te lang</source>
        <translation>too long</translation>
    </message>
    <message>
        <source>past</source>
        <translation>fits</translation>
    </message>
    <message>
        <source>Kanaal %1: %2 van %3 tekens, %4</source>
        <translation>Channel %1: %2 of %3 characters, %4</translation>
    </message>
    <message>
        <source>%1: maximaal %2 tekens. Klik om dit kanaal aan of uit te zetten.</source>
        <translation>%1: at most %2 characters. Click to switch this channel on or off.</translation>
    </message>
</context>
<context>
    <name>ChannelPreview</name>
    <message>
        <source>Voorbeeld per kanaal</source>
        <translation>Preview per channel</translation>
    </message>
    <message>
        <source>Kanalen in het voorbeeld</source>
        <translation>Channels in the preview</translation>
    </message>
    <message>
        <source>Voorbeeld op %1</source>
        <translation>Preview on %1</translation>
    </message>
    <message>
        <source>Jij</source>
        <translation>You</translation>
    </message>
    <message>
        <source>meer weergeven</source>
        <translation>see more</translation>
    </message>
    <message>
        <source>Te lang voor %1: het doorgestreepte deel past niet.</source>
        <translation>Too long for %1: the struck-through part does not fit.</translation>
    </message>
</context>
<context>
    <name>ComposeWindow</name>
    <message>
        <source>Adviezen</source>
        <translation>Advice</translation>
    </message>
    <message>
        <source>Adviezen en voorbeeld</source>
        <translation>Advice and preview</translation>
    </message>
    <message>
        <source>Concept</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Nieuw bericht</source>
        <translation>New post</translation>
    </message>
    <message>
        <source>De controle lukte niet: %1</source>
        <translation>The check did not work: %1</translation>
    </message>
</context>
<context>
    <name>DraftSession</name>
    <message>
        <source>concept opslaan</source>
        <translation>saving the draft</translation>
    </message>
    <message>
        <source>concept herstellen</source>
        <translation>restoring the draft</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <source>Concepten</source>
        <translation>Drafts</translation>
    </message>
</context>
<context>
    <name>DraftsList</name>
    <message>
        <source>Concepten</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <source>Zoeken in concepten…</source>
        <translation>Search drafts…</translation>
    </message>
    <message>
        <source>Zoeken in concepten</source>
        <translation>Search drafts</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Lijst met concepten</source>
        <translation>List of drafts</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Kanalen</source>
        <translation>Channels</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Bijgewerkt</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>&amp;Openen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Gekozen concept openen</source>
        <translation>Open the selected draft</translation>
    </message>
    <message>
        <source>&amp;Verwijderen…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Gekozen concept verwijderen</source>
        <translation>Delete the selected draft</translation>
    </message>
    <message>
        <source>De concepten konden niet gelezen worden: %1</source>
        <translation>The drafts could not be read: %1</translation>
    </message>
    <message>
        <source>Nog geen concepten.</source>
        <translation>No drafts yet.</translation>
    </message>
    <message>
        <source>Verwijderen is mislukt: %1</source>
        <translation>Deleting failed: %1</translation>
    </message>
    <message>
        <source>concept</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>ter beoordeling</source>
        <translation>in review</translation>
    </message>
    <message>
        <source>goedgekeurd</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>aanpassen gevraagd</source>
        <translation>changes requested</translation>
    </message>
    <message>
        <source>afgewezen</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>gepubliceerd</source>
        <translation>published</translation>
    </message>
    <message>
        <source>(leeg)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Concept verwijderen</source>
        <translation>Delete draft</translation>
    </message>
    <message>
        <source>Concept &apos;%1&apos; verwijderen? Dit kan niet ongedaan worden.</source>
        <translation>Delete draft &apos;%1&apos;? This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>ErrorRow</name>
    <message>
        <source>Waarom mag dit toch? (verplicht)</source>
        <translation>Why may this go out anyway? (required)</translation>
    </message>
    <message>
        <source>Reden om &apos;%1&apos; toch te publiceren</source>
        <translation>Reason to publish &apos;%1&apos; anyway</translation>
    </message>
    <message>
        <source>Richtlijn %1</source>
        <translation>Guideline %1</translation>
    </message>
    <message>
        <source>Ik pas het &amp;aan</source>
        <translation>I will &amp;fix it</translation>
    </message>
    <message>
        <source>&apos;%1&apos; aanpassen</source>
        <translation>Fix &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&amp;Toch publiceren</source>
        <translation>Publish &amp;anyway</translation>
    </message>
    <message>
        <source>&apos;%1&apos; toch publiceren</source>
        <translation>Publish &apos;%1&apos; anyway</translation>
    </message>
</context>
<context>
    <name>FindingCard</name>
    <message>
        <source>Negeren</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>Dit advies niet meer tonen voor dit bericht</source>
        <translation>Do not show this advice again for this post</translation>
    </message>
    <message>
        <source>Negeren: %1</source>
        <translation>Ignore: %1</translation>
    </message>
    <message>
        <source>Voorstellen…</source>
        <translation>Suggestions…</translation>
    </message>
    <message>
        <source>Zoek hoe het woord wel gespeld wordt</source>
        <translation>Look up how the word is spelled</translation>
    </message>
    <message>
        <source>Woord toevoegen</source>
        <translation>Add word</translation>
    </message>
    <message>
        <source>Dit woord is goed: zet het in mijn woordenlijst</source>
        <translation>This word is right: put it in my word list</translation>
    </message>
    <message>
        <source>Voorstellen zoeken…</source>
        <translation>Find suggestions…</translation>
    </message>
    <message>
        <source>Geen voorstellen gevonden.</source>
        <translation>No suggestions found.</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Adviezen bij je bericht</source>
        <translation>Advice on your post</translation>
    </message>
    <message>
        <source>Stand van de controle</source>
        <translation>State of the check</translation>
    </message>
    <message>
        <source>1 advies genegeerd in dit bericht:</source>
        <translation>1 piece of advice ignored in this post:</translation>
    </message>
    <message>
        <source>%1 adviezen genegeerd in dit bericht:</source>
        <translation>%1 pieces of advice ignored in this post:</translation>
    </message>
    <message>
        <source>Schrijf je bericht: adviezen uit het protocol verschijnen hier.</source>
        <translation>Write your post: advice from the protocol appears here.</translation>
    </message>
    <message>
        <source>Je bericht wordt gecontroleerd…</source>
        <translation>Your post is being checked…</translation>
    </message>
    <message>
        <source>Geen open adviezen.</source>
        <translation>No open advice.</translation>
    </message>
    <message>
        <source>Geen adviezen: je bericht volgt het protocol.</source>
        <translation>No advice: your post follows the protocol.</translation>
    </message>
    <message>
        <source>Weer tonen</source>
        <translation>Show again</translation>
    </message>
    <message>
        <source>Advies over ‘%1’ weer tonen</source>
        <translation>Show the advice about ‘%1’ again</translation>
    </message>
</context>
<context>
    <name>FirstUseDialog</name>
    <message>
        <source>Welkom</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Welkom bij Arabesk Desk. Hoe heet je? Je naam staat bij je verzoeken om beoordeling en in het logboek van wat je publiceert. Je kunt hem later wijzigen via Bestand › Instellingen.</source>
        <translation>Welcome to Arabesk Desk. What is your name? Your name goes with your review requests and into the log of what you publish. You can change it later in File › Settings.</translation>
    </message>
    <message>
        <source>Je naam</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>bijvoorbeeld Anna de Vries</source>
        <translation>for example Anna de Vries</translation>
    </message>
    <message>
        <source>Je rol</source>
        <translation>Your role</translation>
    </message>
    <message>
        <source>medewerker</source>
        <translation>staff</translation>
    </message>
    <message>
        <source>communicatie</source>
        <translation>communications</translation>
    </message>
    <message>
        <source>schoolleider</source>
        <translation>school leader</translation>
    </message>
    <message>
        <source>&amp;Naam:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Rol:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>Je naam geldt nu, maar kon niet worden bewaard: %1. Sla hem later op via Bestand › Instellingen.</source>
        <translation>Your name is used now but could not be saved: %1. Save it later in File › Settings.</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <source>Link toevoegen</source>
        <translation>Add link</translation>
    </message>
    <message>
        <source>Adres van het geplaatste bericht:</source>
        <translation>Address of the posted message:</translation>
    </message>
    <message>
        <source>Verwijdering vastleggen</source>
        <translation>Record deletion</translation>
    </message>
    <message>
        <source>Waarom is het bericht verwijderd?</source>
        <translation>Why was the post deleted?</translation>
    </message>
    <message>
        <source>Een link begint met https:// (bijvoorbeeld uit de adresbalk).</source>
        <translation>A link starts with https:// (for example from the address bar).</translation>
    </message>
    <message>
        <source>Schrijf erbij waarom het bericht is verwijderd.</source>
        <translation>Write down why the post was deleted.</translation>
    </message>
    <message>
        <source>verwijderd op %1 omdat %2</source>
        <translation>deleted on %1 because %2</translation>
    </message>
    <message>
        <source>vastleggen</source>
        <translation>recording</translation>
    </message>
</context>
<context>
    <name>IncidentWindow</name>
    <message>
        <source>Incidentenregister</source>
        <translation>Incident register</translation>
    </message>
    <message>
        <source>Jaaroverzicht als &amp;PDF…</source>
        <translation>Yearly overview as &amp;PDF…</translation>
    </message>
    <message>
        <source>Jaaroverzicht als &amp;CSV…</source>
        <translation>Yearly overview as &amp;CSV…</translation>
    </message>
    <message>
        <source>Namen en notities worden na %1 jaar gewist; de aantallen blijven.</source>
        <translation>Names and notes are erased after %1 year(s); the counts remain.</translation>
    </message>
    <message>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Incident vastleggen</source>
        <translation>Record an incident</translation>
    </message>
    <message>
        <source>initialen of een schuilnaam, geen volledige namen</source>
        <translation>initials or a pseudonym, no full names</translation>
    </message>
    <message>
        <source>wat er gebeurde, in een paar woorden (geen berichttekst)</source>
        <translation>what happened, in a few words (no post text)</translation>
    </message>
    <message>
        <source>&amp;Vastleggen</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Groep</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Kanaal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Maatregel</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Betrokkenen</source>
        <translation>People involved</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Gekozen incident</source>
        <translation>Selected incident</translation>
    </message>
    <message>
        <source>&amp;Status wijzigen</source>
        <translation>Change &amp;status</translation>
    </message>
    <message>
        <source>Gegevens &amp;wissen</source>
        <translation>&amp;Erase details</translation>
    </message>
    <message>
        <source>Bewaartermijn: van %1 incident(en) zijn de gegevens gewist.</source>
        <translation>Retention period: the details of %1 incident(s) were erased.</translation>
    </message>
    <message>
        <source>[gewist]</source>
        <translation>[erased]</translation>
    </message>
    <message>
        <source>Vastgelegd als %1.</source>
        <translation>Recorded as %1.</translation>
    </message>
    <message>
        <source>Kies eerst een incident in de lijst.</source>
        <translation>Choose an incident in the list first.</translation>
    </message>
    <message>
        <source>Jaaroverzicht bewaren</source>
        <translation>Save yearly overview</translation>
    </message>
    <message>
        <source>Niet bewaard: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Bewaard: %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>LogFilterBar</name>
    <message>
        <source>Zoek in tekst, auteur en kanalen…</source>
        <translation>Search text, author and channels…</translation>
    </message>
    <message>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Alles</source>
        <translation>Everything</translation>
    </message>
    <message>
        <source>Deze maand</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Afgelopen 3 maanden</source>
        <translation>Last 3 months</translation>
    </message>
    <message>
        <source>Dit schooljaar</source>
        <translation>This school year</translation>
    </message>
    <message>
        <source>Dit kalenderjaar</source>
        <translation>This calendar year</translation>
    </message>
    <message>
        <source>Zelf kiezen</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>Alle kanalen</source>
        <translation>All channels</translation>
    </message>
    <message>
        <source>Persoonlijk en namens de school</source>
        <translation>Personal and on behalf of the school</translation>
    </message>
    <message>
        <source>Persoonlijk</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Namens de school</source>
        <translation>On behalf of the school</translation>
    </message>
    <message>
        <source>Alle auteurs</source>
        <translation>All authors</translation>
    </message>
    <message>
        <source>Alleen met genegeerde fouten</source>
        <translation>Only with overridden errors</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>van</source>
        <translation>from</translation>
    </message>
    <message>
        <source>t/m</source>
        <translation>to</translation>
    </message>
</context>
<context>
    <name>LogWindow</name>
    <message>
        <source>Logboek</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Publicaties</source>
        <translation>Publications</translation>
    </message>
    <message>
        <source>Jaaroverzicht</source>
        <translation>Year overview</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Auteur</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Kanalen</source>
        <translation>Channels</translation>
    </message>
    <message>
        <source>Namens</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Adviezen</source>
        <translation>Advice</translation>
    </message>
    <message>
        <source>Toch gepubliceerde fouten</source>
        <translation>Errors published anyway</translation>
    </message>
    <message>
        <source>Beoordeling</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Details van de publicatie</source>
        <translation>Details of the publication</translation>
    </message>
    <message>
        <source>&amp;Link toevoegen…</source>
        <translation>Add &amp;link…</translation>
    </message>
    <message>
        <source>&amp;Verwijdering vastleggen…</source>
        <translation>Record &amp;deletion…</translation>
    </message>
    <message>
        <source>Exporteren als &amp;CSV…</source>
        <translation>Export as &amp;CSV…</translation>
    </message>
    <message>
        <source>Exporteren als &amp;JSON…</source>
        <translation>Export as &amp;JSON…</translation>
    </message>
    <message>
        <source>Logboek &amp;controleren</source>
        <translation>&amp;Verify log</translation>
    </message>
    <message>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Jaar:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Berichten per maand en kanaal</source>
        <translation>Posts per month and channel</translation>
    </message>
    <message>
        <source>Persoonlijk en namens de school</source>
        <translation>Personal and on behalf of the school</translation>
    </message>
    <message>
        <source>Genegeerde fouten per maand</source>
        <translation>Overridden errors per month</translation>
    </message>
    <message>
        <source>logboek lezen</source>
        <translation>reading the log</translation>
    </message>
    <message>
        <source>De eerste %1 worden getoond; verfijn je zoekopdracht.</source>
        <translation>The first %1 are shown; refine your search.</translation>
    </message>
    <message>
        <source>Geen publicaties</source>
        <translation>No publications</translation>
    </message>
    <message>
        <source>1 publicatie</source>
        <translation>1 publication</translation>
    </message>
    <message>
        <source>%1 publicaties</source>
        <translation>%1 publications</translation>
    </message>
    <message>
        <source>Niets geëxporteerd naar %2</source>
        <translation>Nothing exported to %2</translation>
    </message>
    <message>
        <source>1 publicatie geëxporteerd naar %2</source>
        <translation>1 publication exported to %2</translation>
    </message>
    <message>
        <source>%1 publicaties geëxporteerd naar %2</source>
        <translation>%1 publications exported to %2</translation>
    </message>
    <message>
        <source>Logboek in orde: %1 gecontroleerd, keten klopt.</source>
        <translation>Log in order: %1 checked, the chain holds.</translation>
    </message>
    <message>
        <source>geen publicaties</source>
        <translation>no publications</translation>
    </message>
    <message>
        <source>publicatie lezen</source>
        <translation>reading the publication</translation>
    </message>
    <message>
        <source>CSV-bestand (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Logboek exporteren</source>
        <translation>Export log</translation>
    </message>
    <message>
        <source>exporteren</source>
        <translation>exporting</translation>
    </message>
    <message>
        <source>controleren</source>
        <translation>verifying</translation>
    </message>
    <message>
        <source>Het logboek is gewijzigd! Eerste afwijking bij nummer %1: %2</source>
        <translation>The log has been changed! First difference at number %1: %2</translation>
    </message>
    <message>
        <source>jaaroverzicht</source>
        <translation>year overview</translation>
    </message>
    <message>
        <source>persoonlijk</source>
        <translation>personal</translation>
    </message>
    <message>
        <source>namens de school</source>
        <translation>on behalf of the school</translation>
    </message>
    <message>
        <source>genegeerd</source>
        <translation>overridden</translation>
    </message>
    <message>
        <source>%1: %2 berichten, %3 met review, %4 genegeerde fouten, %5 verwijderd.</source>
        <translation>%1: %2 posts, %3 with review, %4 overridden errors, %5 deleted.</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Melding sluiten</source>
        <translation>Close message</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Ter informatie</source>
        <translation>For your information</translation>
    </message>
    <message>
        <source>Gelukt</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Let op</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Probleem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>PolicyWindow</name>
    <message>
        <source>Schoolbeleid: digitale regels en maatregelen</source>
        <translation>School policy: digital rules and measures</translation>
    </message>
    <message>
        <source>Overtredingen</source>
        <translation>Violations</translation>
    </message>
    <message>
        <source>Maatregelen</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>Afspraken</source>
        <translation>Arrangements</translation>
    </message>
    <message>
        <source>Teksten voor de doelgroepen</source>
        <translation>Texts for each audience</translation>
    </message>
    <message>
        <source>Controleren en &amp;opslaan</source>
        <translation>Check and &amp;save</translation>
    </message>
    <message>
        <source>Geen beleidsbestand gekozen: de standaardmaatregelen van de app gelden. Kies een beleidsbestand in de instellingen om ze aan te passen.</source>
        <translation>No policy file chosen: the app&apos;s default measures apply. Choose a policy file in the settings to change them.</translation>
    </message>
    <message>
        <source>Beheerd door ICT (%1): alleen lezen.</source>
        <translation>Managed by ICT (%1): read only.</translation>
    </message>
    <message>
        <source>Opgeslagen in het schoolbeleid: %1</source>
        <translation>Saved in the school policy: %1</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Uitleg (B1)</source>
        <translation>Explanation (B1)</translation>
    </message>
    <message>
        <source>Ouders inlichten</source>
        <translation>Inform parents</translation>
    </message>
    <message>
        <source>Politie</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>Medewerkers</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Leerlingen</source>
        <translation>Pupils</translation>
    </message>
    <message>
        <source>Ouders</source>
        <translation>Parents</translation>
    </message>
    <message>
        <source>Overtreding</source>
        <translation>Violation</translation>
    </message>
    <message>
        <source>Per groep de maatregelen, van licht naar zwaar: de ids uit het tabblad Maatregelen, met komma&apos;s. Politie: altijd, als het ernstig is, of nooit.</source>
        <translation>Per group, the measures from light to severe: the ids from the Measures tab, separated by commas. Police: always, when it is serious, or never.</translation>
    </message>
    <message>
        <source>Wat het is (B1)</source>
        <translation>What it is (B1)</translation>
    </message>
    <message>
        <source>Maatregel</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>%1 toevoegen</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source> jaar</source>
        <translation> year(s)</translation>
    </message>
    <message>
        <source>Bewaartermijn incidentgegevens</source>
        <translation>Retention of incident details</translation>
    </message>
    <message>
        <source>Wie houdt het register bij</source>
        <translation>Who keeps the register</translation>
    </message>
    <message>
        <source>Bij wie meld je iets</source>
        <translation>Whom to report to</translation>
    </message>
    <message>
        <source>Slachtoffers: wie helpt</source>
        <translation>Victims: who helps</translation>
    </message>
    <message>
        <source>De pers: wie praat</source>
        <translation>The press: who speaks</translation>
    </message>
    <message>
        <source>Telefoon en camera: %1</source>
        <translation>Phone and camera: %1</translation>
    </message>
    <message>
        <source>Als &amp;PDF bewaren…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <source>Als &amp;tekst bewaren…</source>
        <translation>Save as &amp;text…</translation>
    </message>
    <message>
        <source>Doelgroep</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>✓ Leest op B1-niveau volgens de leesbaarheidsregels.</source>
        <translation>✓ Reads at B1 level according to the readability rules.</translation>
    </message>
    <message>
        <source>Deze tekst leest moeilijker dan B1: %1</source>
        <translation>This text reads harder than B1: %1</translation>
    </message>
    <message>
        <source>Niet opgeslagen: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Opgeslagen in %1.</source>
        <translation>Saved in %1.</translation>
    </message>
    <message>
        <source>PDF bewaren</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>Tekst bewaren</source>
        <translation>Save text</translation>
    </message>
    <message>
        <source>Tekst (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
    <message>
        <source>Niet bewaard: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Bewaard: %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>PostEditor</name>
    <message>
        <source>Schrijf hier je bericht…</source>
        <translation>Write your post here…</translation>
    </message>
    <message>
        <source>Berichttekst</source>
        <translation>Post text</translation>
    </message>
    <message>
        <source>De tekst van je bericht; adviezen staan onderstreept en in de lijst ernaast.</source>
        <translation>The text of your post; advice is underlined and listed alongside.</translation>
    </message>
    <message>
        <source>Suggesties zoeken…</source>
        <translation>Looking for suggestions…</translation>
    </message>
    <message>
        <source>Negeren in dit bericht</source>
        <translation>Ignore in this post</translation>
    </message>
    <message>
        <source>Toevoegen aan mijn woordenlijst</source>
        <translation>Add to my word list</translation>
    </message>
    <message>
        <source>Geen suggesties</source>
        <translation>No suggestions</translation>
    </message>
</context>
<context>
    <name>PublishFlow</name>
    <message>
        <source>publicatie vastleggen</source>
        <translation>recording the publication</translation>
    </message>
    <message>
        <source>Tekst opnieuw kopiëren</source>
        <translation>Copy text again</translation>
    </message>
</context>
<context>
    <name>PublishGateDialog</name>
    <message>
        <source>Klaar om te publiceren?</source>
        <translation>Ready to publish?</translation>
    </message>
    <message>
        <source>Laatste blik voor publiceren</source>
        <translation>Last look before publishing</translation>
    </message>
    <message>
        <source>Wat je publiceert</source>
        <translation>What you publish</translation>
    </message>
    <message>
        <source>Wat nog nodig is</source>
        <translation>What is still needed</translation>
    </message>
    <message>
        <source>Een leidinggevende moet het eerst goedkeuren: zie ‘Beoordeling’ hieronder.</source>
        <translation>A manager must approve it first: see ‘Review’ below.</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Ter beoordeling sturen…</source>
        <translation>&amp;Send for review…</translation>
    </message>
    <message>
        <source>Dit bericht kan pas uit als beoordelen is ingericht.</source>
        <translation>This post can go out only once review is set up.</translation>
    </message>
    <message>
        <source>Herinnering: richtlijn 7</source>
        <translation>Reminder: guideline 7</translation>
    </message>
    <message>
        <source>Nog open fouten</source>
        <translation>Errors still open</translation>
    </message>
    <message>
        <source>Pas elke fout aan, of schrijf op waarom het toch mag.</source>
        <translation>Fix each error, or write down why it may go out anyway.</translation>
    </message>
    <message>
        <source>&amp;Publiceren</source>
        <translation>&amp;Publish</translation>
    </message>
    <message>
        <source>&amp;Terug naar de tekst</source>
        <translation>&amp;Back to the text</translation>
    </message>
</context>
<context>
    <name>ReplyPicker</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>een ouder</source>
        <translation>a parent</translation>
    </message>
    <message>
        <source>een leerling</source>
        <translation>a pupil</translation>
    </message>
    <message>
        <source>een collega</source>
        <translation>a colleague</translation>
    </message>
    <message>
        <source>iemand anders</source>
        <translation>someone else</translation>
    </message>
    <message>
        <source>Reactie op</source>
        <translation>Reply to</translation>
    </message>
    <message>
        <source>Is dit een reactie op iemand? Zeg op wie: een discussie met een leerling of ouder hoort niet op sociale media (richtlijn 4).</source>
        <translation>Is this a reply to someone? Say to whom: a discussion with a pupil or parent does not belong on social media (guideline 4).</translation>
    </message>
    <message>
        <source>&amp;Reactie op:</source>
        <translation>Reply &amp;to:</translation>
    </message>
</context>
<context>
    <name>ReviewQueueWindow</name>
    <message>
        <source>Beoordelen</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Verzoeken</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Alleen open verzoeken</source>
        <translation>Open requests only</translation>
    </message>
    <message>
        <source>&amp;Vernieuwen</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Tekst en adviezen</source>
        <translation>Text and advice</translation>
    </message>
    <message>
        <source>Verschil met vorige versie</source>
        <translation>Difference from the previous version</translation>
    </message>
    <message>
        <source>Geschiedenis</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Opmerking voor de auteur (verplicht bij aanpassen of afwijzen)</source>
        <translation>Note for the author (required when asking for changes or rejecting)</translation>
    </message>
    <message>
        <source>Opmerking</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>✔ &amp;Goedkeuren</source>
        <translation>✔ &amp;Approve</translation>
    </message>
    <message>
        <source>✎ &amp;Aanpassing vragen</source>
        <translation>✎ Ask for &amp;changes</translation>
    </message>
    <message>
        <source>✖ A&amp;fwijzen</source>
        <translation>✖ &amp;Reject</translation>
    </message>
    <message>
        <source>Je besluit wordt ondertekend als %1.</source>
        <translation>Your decision is signed as %1.</translation>
    </message>
    <message>
        <source>Map voor beoordelingen: %1</source>
        <translation>Review folder: %1</translation>
    </message>
    <message>
        <source>De map voor beoordelingen kon niet worden gelezen: %1</source>
        <translation>The review folder could not be read: %1</translation>
    </message>
    <message>
        <source>1 bestand overgeslagen</source>
        <translation>1 file skipped</translation>
    </message>
    <message>
        <source>%1 bestanden overgeslagen</source>
        <translation>%1 files skipped</translation>
    </message>
    <message>
        <source>Er staan geen verzoeken in de map voor beoordelingen.</source>
        <translation>There are no requests in the review folder.</translation>
    </message>
    <message>
        <source>Besluit ‘%1’ ondertekend en in de map voor beoordelingen gezet.</source>
        <translation>Decision ‘%1’ signed and put in the review folder.</translation>
    </message>
    <message>
        <source>Goedkeuren kan op deze computer niet: er is geen sleutelbos (keyring) van het besturingssysteem om je ondertekeningssleutel veilig te bewaren. Vraag ICT-beheer om Windows Referentiebeheer, macOS Sleutelhanger of een Secret Service-sleutelbos; ‘arabesk-desk doctor’ laat zien wat er ontbreekt.</source>
        <translation>Approving is not possible on this computer: there is no operating-system keyring to keep your signing key safe. Ask ICT for Windows Credential Manager, macOS Keychain or a Secret Service keyring; ‘arabesk-desk doctor’ shows what is missing.</translation>
    </message>
    <message>
        <source>Er wachten geen verzoeken op je besluit.</source>
        <translation>No requests are waiting for your decision.</translation>
    </message>
    <message>
        <source>Eerste versie: er is geen eerdere versie om mee te vergelijken.</source>
        <translation>First version: there is no earlier version to compare with.</translation>
    </message>
    <message>
        <source>Wijzigingen sinds versie %1:</source>
        <translation>Changes since version %1:</translation>
    </message>
    <message>
        <source>De tekst is gelijk aan versie %1.</source>
        <translation>The text is the same as version %1.</translation>
    </message>
    <message>
        <source>Je kunt je eigen bericht niet goedkeuren; vraag een andere leidinggevende.</source>
        <translation>You cannot approve your own post; ask another manager.</translation>
    </message>
    <message>
        <source>Het besluit kon niet worden opgeslagen: %1</source>
        <translation>The decision could not be saved: %1</translation>
    </message>
    <message>
        <source>Je hebt op deze computer nog geen sleutel om te ondertekenen. Maak er een met ‘arabesk-desk review keygen --name &quot;%1&quot;’ en vraag ICT-beheer de publieke sleutel in het schoolbeleid te zetten.</source>
        <translation>You have no signing key on this computer yet. Make one with ‘arabesk-desk review keygen --name &quot;%1&quot;’ and ask ICT to put the public key in the school policy.</translation>
    </message>
    <message>
        <source>Je sleutel (%1) staat niet in het schoolbeleid, dus je besluit zou niet gelden. Vraag ICT-beheer je publieke sleutel toe te voegen.</source>
        <translation>Your key (%1) is not in the school policy, so your decision would not count. Ask ICT support to add your public key.</translation>
    </message>
</context>
<context>
    <name>ReviewRequestDialog</name>
    <message>
        <source>Vraag je leidinggevende</source>
        <translation>Ask your manager</translation>
    </message>
    <message>
        <source>Je tekst</source>
        <translation>Your text</translation>
    </message>
    <message>
        <source>Je vraag of toelichting</source>
        <translation>Your question or explanation</translation>
    </message>
    <message>
        <source>&amp;Versturen</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <source>Opnieuw &amp;kijken</source>
        <translation>&amp;Look again</translation>
    </message>
    <message>
        <source>Wat wil je?</source>
        <translation>What would you like?</translation>
    </message>
    <message>
        <source>Ik twijfel en heb een &amp;vraag (richtlijn 8)</source>
        <translation>I am unsure and have a &amp;question (guideline 8)</translation>
    </message>
    <message>
        <source>Ik vraag om &amp;beoordeling vóór publicatie</source>
        <translation>I ask for a &amp;review before publishing</translation>
    </message>
    <message>
        <source>Stand van zaken</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Geschiedenis</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Beoordeling is voor dit bericht niet verplicht; je mag het altijd vragen.</source>
        <translation>A review is not required for this post; you may always ask for one.</translation>
    </message>
    <message>
        <source>Het schoolbeleid vraagt een beoordeling omdat:</source>
        <translation>The school policy asks for a review because:</translation>
    </message>
    <message>
        <source>Wat wil je vragen?</source>
        <translation>What would you like to ask?</translation>
    </message>
    <message>
        <source>Toelichting voor je leidinggevende (mag leeg)</source>
        <translation>Explanation for your manager (may be empty)</translation>
    </message>
    <message>
        <source>Versturen lukte niet: %1. Je tekst is niet verloren; probeer het opnieuw.</source>
        <translation>Sending failed: %1. Your text is not lost; try again.</translation>
    </message>
    <message>
        <source>Opnieuw &amp;versturen</source>
        <translation>Send &amp;again</translation>
    </message>
    <message>
        <source>De map voor beoordelingen (%1) is niet bereikbaar. Is de gedeelde map of de stick verbonden?</source>
        <translation>The review folder (%1) cannot be reached. Is the shared folder or the stick connected?</translation>
    </message>
    <message>
        <source>Nog niet verstuurd.</source>
        <translation>Not sent yet.</translation>
    </message>
    <message>
        <source>Ter beoordeling: wacht op het besluit van een leidinggevende.</source>
        <translation>In review: waiting for a manager&apos;s decision.</translation>
    </message>
    <message>
        <source>%1 door %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <source>Handtekening geldig: %1 staat in het schoolbeleid.</source>
        <translation>Signature valid: %1 is in the school policy.</translation>
    </message>
    <message>
        <source>Een besluit is afgewezen: %1</source>
        <translation>A decision was refused: %1</translation>
    </message>
</context>
<context>
    <name>ReviewWiring</name>
    <message>
        <source>Nog niet gepubliceerd: dit bericht heeft eerst de goedkeuring van een leidinggevende nodig. Stuur het ter beoordeling in het venster dat nu opent; na de goedkeuring kies je opnieuw ‘Publiceren…’.</source>
        <translation>Not published yet: this post first needs a manager&apos;s approval. Send it for review in the window that opens now; once it is approved, choose ‘Publish…’ again.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>medewerker</source>
        <translation>staff member</translation>
    </message>
    <message>
        <source>communicatie</source>
        <translation>communications</translation>
    </message>
    <message>
        <source>schoolleider</source>
        <translation>school leader</translation>
    </message>
    <message>
        <source>Rol: %1</source>
        <translation>Role: %1</translation>
    </message>
    <message>
        <source>Jouw rol</source>
        <translation>Your role</translation>
    </message>
</context>
<context>
    <name>SettingsApplier</name>
    <message>
        <source>Je instellingen zijn opgeslagen en gelden meteen.</source>
        <translation>Your settings are saved and apply at once.</translation>
    </message>
    <message>
        <source>De taal van de schermen verandert als je Arabesk Desk opnieuw start.</source>
        <translation>The language of the screens changes when you start Arabesk Desk again.</translation>
    </message>
    <message>
        <source>Als schoolleider schrijf je altijd namens de school; verzoeken om beoordeling vind je onder Beoordeling en logboek › Te beoordelen…</source>
        <translation>As a school leader you always write on behalf of the school; review requests are under Review and log › To review…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>Over jou</source>
        <translation>About you</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>zoals collega&apos;s je kennen</source>
        <translation>as colleagues know you</translation>
    </message>
    <message>
        <source>&amp;Naam:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>&amp;Rol:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>Weergave</source>
        <translation>Appearance</translation>
    </message>
    <message>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>&amp;Taal (na herstart):</source>
        <translation>&amp;Language (after restart):</translation>
    </message>
    <message>
        <source>Licht of donker</source>
        <translation>Light or dark</translation>
    </message>
    <message>
        <source>Zoals het systeem</source>
        <translation>As the system</translation>
    </message>
    <message>
        <source>Licht</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Donker</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>&amp;Licht of donker:</source>
        <translation>&amp;Light or dark:</translation>
    </message>
    <message>
        <source>medewerker</source>
        <translation>staff member</translation>
    </message>
    <message>
        <source>communicatie</source>
        <translation>communications</translation>
    </message>
    <message>
        <source>schoolleider</source>
        <translation>school leader</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Beleidsbestand van de school</source>
        <translation>The school&apos;s policy file</translation>
    </message>
    <message>
        <source>Eigen termen</source>
        <translation>Own terms</translation>
    </message>
    <message>
        <source>&amp;Kiezen…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>Beleidsbestand kiezen</source>
        <translation>Choose policy file</translation>
    </message>
    <message>
        <source>Wissen</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Beleidsbestand wissen</source>
        <translation>Clear policy file</translation>
    </message>
    <message>
        <source>&amp;Beleidsbestand:</source>
        <translation>&amp;Policy file:</translation>
    </message>
    <message>
        <source>Eigen &amp;termen:</source>
        <translation>Own &amp;terms:</translation>
    </message>
    <message>
        <source>Status van het beleidsbestand</source>
        <translation>Status of the policy file</translation>
    </message>
    <message>
        <source>Map voor beoordelingen</source>
        <translation>Review folder</translation>
    </message>
    <message>
        <source>leeg: alleen op deze laptop</source>
        <translation>empty: on this laptop only</translation>
    </message>
    <message>
        <source>Een map die jij en je leidinggevenden allebei zien (gedeelde map, OneDrive, stick). Daar staan verzoeken om beoordeling en de besluiten.</source>
        <translation>A folder you and your managers both see (shared folder, OneDrive, stick). Review requests and decisions are kept there.</translation>
    </message>
    <message>
        <source>&amp;Bladeren…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Map voor beoordelingen kiezen</source>
        <translation>Choose review folder</translation>
    </message>
    <message>
        <source>Map voor &amp;beoordelingen:</source>
        <translation>Re&amp;view folder:</translation>
    </message>
    <message>
        <source>Beheerd door ICT-beheer: het schoolbeleid van %1 (%2) geldt voor iedereen op deze computer. Je kunt alleen eigen termen toevoegen.</source>
        <translation>Managed by ICT: the school policy of %1 (%2) applies to everyone on this computer. You can only add terms of your own.</translation>
    </message>
    <message>
        <source>Beheerd door ICT-beheer</source>
        <translation>Managed by ICT</translation>
    </message>
    <message>
        <source>Spelling en grammatica (LanguageTool)</source>
        <translation>Spelling and grammar (LanguageTool)</translation>
    </message>
    <message>
        <source>Map van LanguageTool</source>
        <translation>LanguageTool folder</translation>
    </message>
    <message>
        <source>leeg: de standaardmap</source>
        <translation>empty: the default folder</translation>
    </message>
    <message>
        <source>B&amp;laderen…</source>
        <translation>Bro&amp;wse…</translation>
    </message>
    <message>
        <source>Map van LanguageTool kiezen</source>
        <translation>Choose LanguageTool folder</translation>
    </message>
    <message>
        <source>&amp;Map op deze laptop:</source>
        <translation>&amp;Folder on this laptop:</translation>
    </message>
    <message>
        <source>Server van de school</source>
        <translation>School server</translation>
    </message>
    <message>
        <source>Of &amp;server van de school:</source>
        <translation>Or school &amp;server:</translation>
    </message>
    <message>
        <source>&amp;Openbare LanguageTool-dienst gebruiken</source>
        <translation>Use the p&amp;ublic LanguageTool service</translation>
    </message>
    <message>
        <source>Openbare LanguageTool-dienst gebruiken</source>
        <translation>Use the public LanguageTool service</translation>
    </message>
    <message>
        <source>Let op: dan gaat je tekst via internet naar een dienst buiten school.
Zet dit niet aan voor berichten met namen of gegevens van leerlingen.</source>
        <translation>Note: your text then travels over the internet to a service outside the school.
Do not switch this on for posts with names or details of pupils.</translation>
    </message>
    <message>
        <source>Waarschuwing over de openbare dienst</source>
        <translation>Warning about the public service</translation>
    </message>
    <message>
        <source>Kanalen die je ziet</source>
        <translation>Channels you see</translation>
    </message>
    <message>
        <source>Kanaal %1</source>
        <translation>Channel %1</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>geen: alleen het beleid van ICT-beheer</source>
        <translation>none: only ICT&apos;s policy</translation>
    </message>
    <message>
        <source>geen: de standaardregels</source>
        <translation>none: the standard rules</translation>
    </message>
    <message>
        <source>Ingesteld door ICT-beheer</source>
        <translation>Set by ICT</translation>
    </message>
    <message>
        <source>Je termen worden toegevoegd aan het beleid van ICT-beheer.</source>
        <translation>Your terms are added to ICT&apos;s policy.</translation>
    </message>
    <message>
        <source>Dit beleidsbestand is niet gebruikt: %1</source>
        <translation>This policy file was not used: %1</translation>
    </message>
    <message>
        <source>Beleid van %1 geladen.</source>
        <translation>Policy of %1 loaded.</translation>
    </message>
    <message>
        <source>Beleid (*.toml)</source>
        <translation>Policy (*.toml)</translation>
    </message>
    <message>
        <source>Het serveradres moet beginnen met http:// of https://.</source>
        <translation>The server address must start with http:// or https://.</translation>
    </message>
    <message>
        <source>De map van LanguageTool</source>
        <translation>The LanguageTool folder</translation>
    </message>
    <message>
        <source>De map voor beoordelingen</source>
        <translation>The review folder</translation>
    </message>
    <message>
        <source>%1 bestaat niet: %2</source>
        <translation>%1 does not exist: %2</translation>
    </message>
    <message>
        <source>Kies minstens één kanaal.</source>
        <translation>Choose at least one channel.</translation>
    </message>
    <message>
        <source>Opslaan is mislukt: %1</source>
        <translation>Saving failed: %1</translation>
    </message>
</context>
<context>
    <name>SpellingLane</name>
    <message>
        <source>wordt geladen…</source>
        <translation>loading…</translation>
    </message>
    <message>
        <source>De spellingcontrole is gestopt.</source>
        <translation>The spelling check has stopped.</translation>
    </message>
    <message>
        <source>Het Nederlandse woordenboek ontbreekt of kon niet worden geladen: de spelling wordt niet gecontroleerd. Je kunt gewoon schrijven; ICT-beheer ziet met ‘arabesk-desk doctor’ wat er nodig is.</source>
        <translation>The Dutch dictionary is missing or could not be loaded: spelling is not checked. You can write as usual; IT support can see what is needed with ‘arabesk-desk doctor’.</translation>
    </message>
    <message>
        <source>%1 (LanguageTool start nog)</source>
        <translation>%1 (LanguageTool still starting)</translation>
    </message>
    <message>
        <source>LanguageTool start op; tot dan controleert %1 de spelling.</source>
        <translation>LanguageTool is starting; until then %1 checks the spelling.</translation>
    </message>
    <message>
        <source>%1, zonder grammatica</source>
        <translation>%1, no grammar</translation>
    </message>
    <message>
        <source>Grammatica wordt niet gecontroleerd: LanguageTool is niet beschikbaar op deze laptop. ICT-beheer ziet met ‘arabesk-desk doctor’ wat er nodig is.</source>
        <translation>Grammar is not checked: LanguageTool is not available on this laptop. ICT can see what is needed with ‘arabesk-desk doctor’.</translation>
    </message>
    <message>
        <source>LanguageTool-server van de school: %1</source>
        <translation>The school&apos;s LanguageTool server: %1</translation>
    </message>
    <message>
        <source>De openbare LanguageTool-dienst</source>
        <translation>The public LanguageTool service</translation>
    </message>
    <message>
        <source>LanguageTool op deze laptop</source>
        <translation>LanguageTool on this laptop</translation>
    </message>
</context>
<context>
    <name>SpellingStarter</name>
    <message>
        <source>De spellingcontrole is gestopt en start niet meer vanzelf. Je tekst is bewaard en de adviezen van het protocol werken gewoon. Start de app opnieuw om de spelling weer te laten controleren.</source>
        <translation>The spelling check has stopped and will not restart by itself. Your text is kept and the protocol&apos;s advice still works. Restart the app to have spelling checked again.</translation>
    </message>
    <message>
        <source>De spellingcontrole stopte onverwacht en start opnieuw. Je tekst is bewaard.</source>
        <translation>The spelling check stopped unexpectedly and is restarting. Your text is kept.</translation>
    </message>
    <message>
        <source>De spellingcontrole kon niet starten: %1</source>
        <translation>The spelling check could not start: %1</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Controle start…</source>
        <translation>Check starting…</translation>
    </message>
    <message>
        <source>Spellingcontrole</source>
        <translation>Spelling check</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Adviezen bij je bericht</source>
        <translation>Advice on your post</translation>
    </message>
    <message>
        <source>Controleren…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Geen adviezen</source>
        <translation>No advice</translation>
    </message>
    <message>
        <source>1 advies</source>
        <translation>1 piece of advice</translation>
    </message>
    <message>
        <source>%1 adviezen</source>
        <translation>%1 pieces of advice</translation>
    </message>
    <message>
        <source>%1 regels van het protocol gecontroleerd in %2 ms</source>
        <translation>%1 protocol rules checked in %2 ms</translation>
    </message>
    <message>
        <source>Spelling: niet gecontroleerd</source>
        <translation>Spelling: not checked</translation>
    </message>
    <message>
        <source>Spelling: %1</source>
        <translation>Spelling: %1</translation>
    </message>
    <message>
        <source>Opgeslagen %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Niet opgeslagen…</source>
        <translation>Not saved…</translation>
    </message>
</context>
<context>
    <name>StoreLane</name>
    <message>
        <source>opslaan</source>
        <translation>saving</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Fout</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Let op</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>Tip</translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <source>Het logboek is niet beschikbaar (geen opslag).</source>
        <translation>The log is not available (no storage).</translation>
    </message>
</context>
<context>
    <name>tabs</name>
    <message>
        <source>Voorbeeld</source>
        <translation>Preview</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Be&amp;richt</source>
        <translation>&amp;Post</translation>
    </message>
    <message>
        <source>Beoordeling en &amp;logboek</source>
        <translation>Review and &amp;log</translation>
    </message>
    <message>
        <source>&amp;Beoordeling aanvragen…</source>
        <translation>Request a re&amp;view…</translation>
    </message>
    <message>
        <source>&amp;Te beoordelen…</source>
        <translation>&amp;To review…</translation>
    </message>
    <message>
        <source>&amp;Logboek…</source>
        <translation>&amp;Log…</translation>
    </message>
    <message>
        <source>Be&amp;leid</source>
        <translation>&amp;Policy</translation>
    </message>
    <message>
        <source>Digitale regels en &amp;maatregelen…</source>
        <translation>Digital rules and &amp;measures…</translation>
    </message>
    <message>
        <source>&amp;Incidentenregister…</source>
        <translation>&amp;Incident register…</translation>
    </message>
</context>
</TS>
