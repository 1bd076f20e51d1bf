<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>layerlab::ArchitectureEditor</name>
    <message numerus="yes">
        <source>softmax, %n unit(s)</source>
        <translation>
            <numerusform>softmax, %n unit</numerusform>
            <numerusform>softmax, %n units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>layer %1 with %n unit(s) would give %2 parameters: keep the network under %3</source>
        <translation>
            <numerusform>layer %1 with %n unit would give %2 parameters: keep the network under %3</numerusform>
            <numerusform>layer %1 with %n units would give %2 parameters: keep the network under %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>layerlab::DiscardGuard</name>
    <message numerus="yes">
        <source>This run has %n trained iteration(s) that are not saved.</source>
        <translation>
            <numerusform>This run has %n trained iteration that is not saved.</numerusform>
            <numerusform>This run has %n trained iterations that are not saved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>layerlab::DropoutEditor</name>
    <message numerus="yes">
        <source>Layer %1 (%n unit(s)) keep</source>
        <translation>
            <numerusform>Layer %1 (%n unit) keep</numerusform>
            <numerusform>Layer %1 (%n units) keep</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>layerlab::ExampleView</name>
    <message numerus="yes">
        <source>Forward: %n inputs from the layer before</source>
        <translation>
            <numerusform>Forward: %n input from the layer before</numerusform>
            <numerusform>Forward: %n inputs from the layer before</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>layerlab::FindingText</name>
    <message numerus="yes">
        <source>The cost rose %n epochs in a row: the learning rate may be too large.</source>
        <translation>
            <numerusform>The cost rose %n epoch in a row: the learning rate may be too large.</numerusform>
            <numerusform>The cost rose %n epochs in a row: the learning rate may be too large.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The cost rose %n iterations in a row: the learning rate may be too large.</source>
        <translation>
            <numerusform>The cost rose %n iteration in a row: the learning rate may be too large.</numerusform>
            <numerusform>The cost rose %n iterations in a row: the learning rate may be too large.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>layerlab::ImageFolderReader</name>
    <message numerus="yes">
        <source>%1: skipped %n file(s) or folder(s) whose names are not valid UTF-8; rename them (e.g. with convmv) to read them</source>
        <translation>
            <numerusform>%1: skipped %n file or folder whose name is not valid UTF-8; rename it (e.g. with convmv) to read it</numerusform>
            <numerusform>%1: skipped %n files or folders whose names are not valid UTF-8; rename them (e.g. with convmv) to read them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>layerlab::LayerHealthView</name>
    <message numerus="yes">
        <source>&lt;b&gt;Layer %1&lt;/b&gt;&lt;br&gt;%2, %n units</source>
        <translation>
            <numerusform>&lt;b&gt;Layer %1&lt;/b&gt;&lt;br&gt;%2, %n unit</numerusform>
            <numerusform>&lt;b&gt;Layer %1&lt;/b&gt;&lt;br&gt;%2, %n units</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>layerlab::PredictionGallery</name>
    <message numerus="yes">
        <source>%n test image(s) — train to see predictions</source>
        <translation>
            <numerusform>%n test image — train to see predictions</numerusform>
            <numerusform>%n test images — train to see predictions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>layerlab::PredictionPanel</name>
    <message numerus="yes">
        <source>What the current network makes of each picture (%n shown, newest first).</source>
        <translation>
            <numerusform>What the current network makes of the picture (%n shown).</numerusform>
            <numerusform>What the current network makes of each picture (%n shown, newest first).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>layerlab::RunsPanel</name>
    <message numerus="yes">
        <source>%n run(s) on this data set. Tick runs to overlay them on the chart.</source>
        <translation>
            <numerusform>%n run on this data set. Tick runs to overlay them on the chart.</numerusform>
            <numerusform>%n runs on this data set. Tick runs to overlay them on the chart.</numerusform>
        </translation>
    </message>
</context>
</TS>
