<#
.SYNOPSIS
Turns the PlatyPS-schema markdown in docs/help into the module's MAML help (en-US/ImgurPS.dll-Help.xml).

.DESCRIPTION
build.ps1 uses PlatyPS's New-ExternalHelp when the machine has PlatyPS; otherwise this script reads the same
markdown: the SYNOPSIS, DESCRIPTION, SYNTAX sets, EXAMPLES, PARAMETERS with their YAML blocks, INPUTS, OUTPUTS,
NOTES and RELATED LINKS of each cmdlet page, with the header's online version as the first related link.
#>
param(
    [Parameter(Mandatory)] [string] $HelpFolder,
    [Parameter(Mandatory)] [string] $OutputFile
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

function Get-Section([string] $Text, [string] $Name) {
    $match = [regex]::Match($Text, "(?ms)^## $Name\s*\r?\n(.*?)(?=^## |\z)")
    if ($match.Success) { $match.Groups[1].Value.Trim() } else { '' }
}

function Get-Subsection([string] $Text) {
    # "### Title" blocks, in order: @{ Title; Body }
    foreach ($match in [regex]::Matches($Text, '(?ms)^### (.+?)\r?\n(.*?)(?=^### |\z)')) {
        [pscustomobject]@{ Title = $match.Groups[1].Value.Trim(); Body = $match.Groups[2].Value.Trim() }
    }
}

function Get-Paragraph([string] $Text) {
    # Prose without code fences, as paragraphs with their lines joined.
    $prose = [regex]::Replace($Text, '(?ms)^```.*?^```\s*$', '')
    $prose -split '(\r?\n){2,}' | ForEach-Object { ($_ -replace '\s*\r?\n\s*', ' ').Trim() } | Where-Object { $_ }
}

function Get-CodeBlock([string] $Text) {
    foreach ($match in [regex]::Matches($Text, '(?ms)^```(\w*)\r?\n(.*?)^```')) {
        [pscustomobject]@{ Language = $match.Groups[1].Value; Code = $match.Groups[2].Value.TrimEnd() }
    }
}

function Add-Paragraphs([System.Xml.XmlWriter] $Writer, [string[]] $Paragraphs) {
    foreach ($paragraph in $Paragraphs) { $Writer.WriteElementString('maml', 'para', $maml, $paragraph) }
}

function Read-Parameter([string] $Body) {
    $yaml = Get-CodeBlock $Body | Where-Object Language -EQ 'yaml' | Select-Object -First 1 | ForEach-Object Code
    $fields = @{}
    foreach ($line in "$yaml" -split '\r?\n') {
        if ($line -match '^([^:]+):\s*(.*)$') { $fields[$Matches[1].Trim()] = $Matches[2].Trim() }
    }
    [pscustomobject]@{
        Description = @(Get-Paragraph ([regex]::Replace($Body, '(?ms)^```yaml.*?^```', '')))
        Type        = $fields['Type']
        Sets        = @(($fields['Parameter Sets'] -split ',') | ForEach-Object Trim | Where-Object { $_ })
        Aliases     = $fields['Aliases']
        Required    = $fields['Required'] -eq 'True'
        Position    = if ($fields['Position'] -match '^\d+$') { $fields['Position'] } else { 'named' }
        Default     = $fields['Default value']
        Pipeline    = $fields['Accept pipeline input']
        Wildcards   = $fields['Accept wildcard characters'] -eq 'True'
    }
}

$maml = 'http://schemas.microsoft.com/maml/2004/10'
$command = 'http://schemas.microsoft.com/maml/dev/command/2004/10'
$dev = 'http://schemas.microsoft.com/maml/dev/2004/10'

$settings = [System.Xml.XmlWriterSettings]@{ Indent = $true; Encoding = [System.Text.UTF8Encoding]::new($false) }
$null = New-Item -ItemType Directory -Path (Split-Path $OutputFile) -Force
$writer = [System.Xml.XmlWriter]::Create($OutputFile, $settings)
try {
    $writer.WriteStartDocument()
    $writer.WriteStartElement('helpItems', 'http://msh')
    $writer.WriteAttributeString('schema', 'maml')

    foreach ($page in Get-ChildItem -LiteralPath $HelpFolder -Filter '*-*.md' | Sort-Object Name) {
        $text = Get-Content -LiteralPath $page.FullName -Raw
        $name = [regex]::Match($text, '(?m)^# (\S+)').Groups[1].Value
        $verb, $noun = $name -split '-', 2
        $parameters = [ordered]@{}
        foreach ($section in Get-Subsection (Get-Section $text 'PARAMETERS')) {
            if ($section.Title -like '-*') { $parameters[$section.Title.TrimStart('-')] = Read-Parameter $section.Body }
        }

        $writer.WriteStartElement('command', 'command', $command)
        $writer.WriteAttributeString('xmlns', 'maml', $null, $maml)
        $writer.WriteAttributeString('xmlns', 'dev', $null, $dev)

        $writer.WriteStartElement('command', 'details', $command)
        $writer.WriteElementString('command', 'name', $command, $name)
        $writer.WriteElementString('command', 'verb', $command, $verb)
        $writer.WriteElementString('command', 'noun', $command, $noun)
        $writer.WriteStartElement('maml', 'description', $maml)
        Add-Paragraphs $writer (Get-Paragraph (Get-Section $text 'SYNOPSIS'))
        $writer.WriteEndElement()
        $writer.WriteEndElement()

        $writer.WriteStartElement('maml', 'description', $maml)
        Add-Paragraphs $writer (Get-Paragraph (Get-Section $text 'DESCRIPTION'))
        $writer.WriteEndElement()

        $writer.WriteStartElement('command', 'syntax', $command)
        foreach ($set in Get-Subsection (Get-Section $text 'SYNTAX')) {
            $setName = ($set.Title -replace '\s*\(Default\)$', '').Trim()
            $writer.WriteStartElement('command', 'syntaxItem', $command)
            $writer.WriteElementString('maml', 'name', $maml, $name)
            foreach ($entry in $parameters.GetEnumerator()) {
                $parameter = $entry.Value
                if ($parameter.Sets -notcontains '(All)' -and $parameter.Sets -notcontains $setName -and $setName -ne '__AllParameterSets') { continue }
                $writer.WriteStartElement('command', 'parameter', $command)
                $writer.WriteAttributeString('required', "$($parameter.Required)".ToLowerInvariant())
                $writer.WriteAttributeString('position', $parameter.Position)
                $writer.WriteElementString('maml', 'name', $maml, $entry.Key)
                if ($parameter.Type -ne 'SwitchParameter') { $writer.WriteElementString('command', 'parameterValue', $command, $parameter.Type) }
                $writer.WriteEndElement()
            }
            $writer.WriteEndElement()
        }
        $writer.WriteEndElement()

        $writer.WriteStartElement('command', 'parameters', $command)
        foreach ($entry in $parameters.GetEnumerator()) {
            $parameter = $entry.Value
            $writer.WriteStartElement('command', 'parameter', $command)
            $writer.WriteAttributeString('required', "$($parameter.Required)".ToLowerInvariant())
            $writer.WriteAttributeString('globbing', "$($parameter.Wildcards)".ToLowerInvariant())
            $writer.WriteAttributeString('pipelineInput', $parameter.Pipeline)
            $writer.WriteAttributeString('position', $parameter.Position)
            $writer.WriteAttributeString('aliases', $(if ($parameter.Aliases) { $parameter.Aliases } else { 'none' }))
            $writer.WriteElementString('maml', 'name', $maml, $entry.Key)
            $writer.WriteStartElement('maml', 'description', $maml)
            Add-Paragraphs $writer $parameter.Description
            $writer.WriteEndElement()
            $writer.WriteElementString('command', 'parameterValue', $command, $parameter.Type)
            $writer.WriteStartElement('dev', 'type', $dev)
            $writer.WriteElementString('maml', 'name', $maml, $parameter.Type)
            $writer.WriteEndElement()
            $writer.WriteElementString('dev', 'defaultValue', $dev, $parameter.Default)
            $writer.WriteEndElement()
        }
        $writer.WriteEndElement()

        foreach ($kind in @(@{ Section = 'INPUTS'; List = 'inputTypes'; Item = 'inputType' }, @{ Section = 'OUTPUTS'; List = 'returnValues'; Item = 'returnValue' })) {
            $writer.WriteStartElement('command', $kind.List, $command)
            foreach ($type in Get-Subsection (Get-Section $text $kind.Section)) {
                $writer.WriteStartElement('command', $kind.Item, $command)
                $writer.WriteStartElement('dev', 'type', $dev)
                $writer.WriteElementString('maml', 'name', $maml, $type.Title)
                $writer.WriteEndElement()
                $writer.WriteStartElement('maml', 'description', $maml)
                Add-Paragraphs $writer (Get-Paragraph $type.Body)
                $writer.WriteEndElement()
                $writer.WriteEndElement()
            }
            $writer.WriteEndElement()
        }

        $writer.WriteStartElement('maml', 'alertSet', $maml)
        $writer.WriteStartElement('maml', 'alert', $maml)
        Add-Paragraphs $writer (Get-Paragraph (Get-Section $text 'NOTES'))
        $writer.WriteEndElement()
        $writer.WriteEndElement()

        $writer.WriteStartElement('command', 'examples', $command)
        foreach ($example in Get-Subsection (Get-Section $text 'EXAMPLES')) {
            $blocks = @(Get-CodeBlock $example.Body)
            $writer.WriteStartElement('command', 'example', $command)
            $writer.WriteElementString('maml', 'title', $maml, "-------------------------- $($example.Title) --------------------------")
            $writer.WriteElementString('dev', 'code', $dev, (($blocks | Where-Object Language -NE 'output' | ForEach-Object Code) -join "`n"))
            $writer.WriteStartElement('dev', 'remarks', $dev)
            $output = ($blocks | Where-Object Language -EQ 'output' | ForEach-Object Code) -join "`n"
            if ($output) { $writer.WriteElementString('maml', 'para', $maml, $output) }
            Add-Paragraphs $writer (Get-Paragraph $example.Body)
            $writer.WriteEndElement()
            $writer.WriteEndElement()
        }
        $writer.WriteEndElement()

        $links = @(foreach ($link in [regex]::Matches((Get-Section $text 'RELATED LINKS'), '\[([^\]]+)\]\(([^)]*)\)')) {
            [pscustomobject]@{ Text = $link.Groups[1].Value; Uri = if ($link.Groups[2].Value -match '^https?://') { $link.Groups[2].Value } else { '' } }
        })
        # As PlatyPS does: the header's online version becomes the first related link, the one Get-Help -Online opens.
        $header = [regex]::Match($text, '(?s)\A---\r?\n(.*?)\r?\n---').Groups[1].Value
        $online = [regex]::Match($header, '(?m)^online version:[ \t]*(\S+)').Groups[1].Value
        if ($online -and ($links.Count -eq 0 -or $links[0].Uri -ne $online)) { $links = @([pscustomobject]@{ Text = 'Online Version:'; Uri = $online }) + $links }
        $writer.WriteStartElement('command', 'relatedLinks', $command)
        foreach ($link in $links) {
            $writer.WriteStartElement('maml', 'navigationLink', $maml)
            $writer.WriteElementString('maml', 'linkText', $maml, $link.Text)
            $writer.WriteElementString('maml', 'uri', $maml, $link.Uri)
            $writer.WriteEndElement()
        }
        $writer.WriteEndElement()

        $writer.WriteEndElement()
    }

    $writer.WriteEndElement()
    $writer.WriteEndDocument()
}
finally {
    $writer.Dispose()
}
