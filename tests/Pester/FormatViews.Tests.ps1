<#
Renders each default view of ImgurPS.Format.ps1xml for a sample object and compares the text with
tests/Pester/FormatSnapshots/<View>.txt. After a deliberate change of a view, regenerate the files with
$env:IMGURPS_UPDATE_SNAPSHOTS = '1' and review the difference before committing it.
#>
BeforeDiscovery {
    $formatFile = Join-Path $PSScriptRoot '../../src/ImgurPS/ImgurPS.Format.ps1xml'
    $views = ([xml](Get-Content -LiteralPath $formatFile -Raw)).Configuration.ViewDefinitions.View | ForEach-Object {
        @{
            Name  = $_.Name
            Type  = @($_.ViewSelectedBy.TypeName)[0]
            Table = $null -ne $_.TableControl
        }
    }
}

BeforeAll {
    Import-Module (Join-Path $env:IMGURPS_MODULE_PATH 'ImgurPS.psd1') -Force
    $snapshots = Join-Path $PSScriptRoot 'FormatSnapshots'

    # The same sample for a type every time: each settable property gets a value made from its name and type.
    function New-Sample([type] $Type) {
        $sample = [Activator]::CreateInstance($Type)
        $number = 1
        foreach ($property in $Type.GetProperties() | Where-Object { $_.CanWrite -and $_.Name -ne 'RateLimit' } | Sort-Object Name) {
            $kind = [Nullable]::GetUnderlyingType($property.PropertyType) ?? $property.PropertyType
            $value = switch ($kind) {
                ([string]) { "$($property.Name)$number" }
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
}

Describe 'Default views' {
    It '<Name> renders as recorded' -ForEach $views {
        $type = (Get-Module ImgurPS).ImplementingAssembly.GetType($Type, $true)
        $sample = New-Sample $type
        $text = if ($Table) { $sample | Format-Table | Out-String -Width 160 } else { $sample | Format-List | Out-String -Width 160 }
        $text = ($text -split '\r?\n' | ForEach-Object TrimEnd) -join "`n"
        $file = Join-Path $snapshots "$Name.txt"

        if ($env:IMGURPS_UPDATE_SNAPSHOTS -eq '1') { Set-Content -LiteralPath $file -Value $text -NoNewline }

        Test-Path -LiteralPath $file | Should -BeTrue -Because "the view $Name needs a recorded snapshot"
        $text | Should -BeExactly (Get-Content -LiteralPath $file -Raw)
    }
}
