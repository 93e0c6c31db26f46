# Renders ImgurPS's default views as text, for FormatViews.Tests.ps1, which compares the text with the recorded
# snapshots in FormatSnapshots/, and for Update-FormatSnapshots.ps1, which records them. Needs ImgurPS imported.

$script:FormatFile = Join-Path $PSScriptRoot '../../src/ImgurPS/ImgurPS.Format.ps1xml'

function Get-FormatView {
    <# The views of ImgurPS.Format.ps1xml: name, the type they show, and whether they are tables. #>
    ([xml](Get-Content -LiteralPath $script:FormatFile -Raw)).Configuration.ViewDefinitions.View | ForEach-Object {
        @{
            Name  = $_.Name
            Type  = @($_.ViewSelectedBy.TypeName)[0]
            Table = $null -ne $_.TableControl
        }
    }
}

# The widths a view is recorded at: a classic 80-column terminal and a wider one.
$script:Widths = 80, 120

function Get-FormatWidth { $script:Widths }

function Get-FormatSnapshotPath {
    <# The file that records a view's text at one width. #>
    param([Parameter(Mandatory)] [string] $Name, [Parameter(Mandatory)] [int] $Width)
    Join-Path $PSScriptRoot "FormatSnapshots/$Name.$Width.txt"
}

function New-ConnectionSample([type] $Type) {
    # A connection is a live handle on an internal session, with nothing to set: its sample is made through a
    # session that holds the values New-Sample would give (a marketplace key makes it commercial).
    $sessionType = $Type.Assembly.GetType('ImgurPS.Client.ImgurSession', $true)
    $session = [Activator]::CreateInstance($sessionType, [Uri]'https://imgur.example/BaseUri', 'ClientId7')
    $sessionType.GetProperty('AccountUsername').SetValue($session, 'Account2')
    $sessionType.GetProperty('AccountId').SetValue($session, [Nullable[long]]300007)
    $sessionType.GetProperty('AccessTokenExpiresAt').SetValue($session, [Nullable[DateTimeOffset]][DateTimeOffset]::new(2026, 1, 2, 12, 0, 0, [TimeSpan]::Zero))
    $sessionType.GetProperty('SavedAt').SetValue($session, 'SavedAt9')
    $null = $sessionType.GetMethod('SetMarketplaceKey').Invoke($session, @('marketplace-key'))
    $sessionType.GetProperty('Connection').GetValue($session)
}

function New-Sample([type] $Type) {
    if ($Type.FullName -eq 'ImgurPS.Models.ImgurConnection') { return New-ConnectionSample $Type }
    # The same sample for a type every time: each settable property gets a value made from its name and type.
    $sample = [Activator]::CreateInstance($Type)
    $number = 1
    foreach ($property in $Type.GetProperties() | Where-Object { $_.CanWrite -and $_.Name -ne 'RateLimit' } | Sort-Object Name) {
        $kind = [Nullable]::GetUnderlyingType($property.PropertyType) ?? $property.PropertyType
        # Ids, deletehashes, links and titles as long as Imgur's, so the snapshots show what a window's width cuts.
        $value = switch ($kind) {
            ([string]) {
                switch ($property.Name) {
                    'Id' { 'Id{0:d5}' -f $number }
                    'DeleteHash' { 'DeleteHash{0:d5}' -f $number }
                    'Link' { 'https://i.imgur.com/Link{0:d3}.jpeg' -f $number }
                    'Title' { "Title$($number): long enough to show where a narrow window cuts it" }
                    default { "$($property.Name)$number" }
                }
            }
            ([int]) { 1000 * $number + 7 }
            ([long]) { 100000 * $number + 7 }
            ([double]) { 12.5 * $number }
            ([bool]) { $number % 2 -eq 0 }
            ([DateTimeOffset]) { [DateTimeOffset]::new(2026, 1, $number % 28 + 1, 12, 0, 0, [TimeSpan]::Zero) }
            ([TimeSpan]) { [TimeSpan]::FromSeconds($number) }
            ([Uri]) { [Uri]"https://imgur.example/$($property.Name)" }
            default { $null }
        }
        if ($kind.IsEnum) { $value = [Enum]::GetValues($kind)[0] }
        if ($null -ne $value) { $property.SetValue($sample, [System.Management.Automation.LanguagePrimitives]::ConvertTo($value, $kind)) }
        $number++
    }
    $sample
}

function Get-FormatViewText {
    <#
    A sample object of the view's type, formatted by the view at a width, without trailing spaces. Times show in
    the local zone, so the text is made in a fixed one (UTC+05:30, TZ on Unix) whatever the machine's.
    #>
    param([Parameter(Mandatory)] [string] $Type, [switch] $Table, [Parameter(Mandatory)] [int] $Width)
    $sample = New-Sample ((Get-Module ImgurPS).ImplementingAssembly.GetType($Type, $true))
    $savedZone = $env:TZ
    $env:TZ = 'Asia/Kolkata'
    [TimeZoneInfo]::ClearCachedData()
    try {
        $text = if ($Table) { $sample | Format-Table | Out-String -Width $Width } else { $sample | Format-List | Out-String -Width $Width }
    }
    finally {
        $env:TZ = $savedZone
        [TimeZoneInfo]::ClearCachedData()
    }
    ($text -split '\r?\n' | ForEach-Object TrimEnd) -join "`n"
}

Export-ModuleMember -Function Get-FormatView, Get-FormatWidth, Get-FormatSnapshotPath, Get-FormatViewText
