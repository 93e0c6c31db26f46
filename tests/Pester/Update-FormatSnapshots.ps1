<#
.SYNOPSIS
Records the text of ImgurPS's default views, at 80 and 120 columns, in tests/Pester/FormatSnapshots, which FormatViews.Tests.ps1 compares.

.DESCRIPTION
Run it after a deliberate change of src/ImgurPS/ImgurPS.Format.ps1xml or of a model, against a freshly built
module, then review the difference (git diff tests/Pester/FormatSnapshots) before committing it. It records;
it tests nothing.

.EXAMPLE
dotnet pwsh ./build.ps1; dotnet pwsh -NoProfile ./tests/Pester/Update-FormatSnapshots.ps1
#>
param(
    # The built module folder; build.ps1 writes it to out/ImgurPS.
    [string] $ModulePath = (Join-Path $PSScriptRoot '../../out/ImgurPS')
)

$ErrorActionPreference = 'Stop'
Import-Module (Join-Path $ModulePath 'ImgurPS.psd1') -Force
Import-Module (Join-Path $PSScriptRoot 'FormatSnapshots.psm1') -Force

foreach ($view in Get-FormatView) {
    foreach ($width in Get-FormatWidth) {
        $file = Get-FormatSnapshotPath $view.Name $width
        Set-Content -LiteralPath $file -Value (Get-FormatViewText -Type $view.Type -Table:$view.Table -Width $width) -NoNewline
        Write-Host "Recorded $($view.Name) at $width columns"
    }
}
