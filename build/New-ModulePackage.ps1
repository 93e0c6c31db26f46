<#
.SYNOPSIS
Packs a built ImgurPS module folder into ImgurPS.<version>.nupkg with PSResourceGet (bundled with PowerShell 7.4+).
#>
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $OutputFolder
)

$ErrorActionPreference = 'Stop'
$null = New-Item -ItemType Directory -Path $OutputFolder -Force

function ConvertTo-Literal([string] $Text) { "'$($Text -replace "'", "''")'" }

# Compress-PSResource writes the nupkg without registering a repository, but PSResourceGet creates its per-user
# store on first use. It runs in a child pwsh whose XDG_DATA_HOME, where that store lives outside Windows, is a
# temporary folder, so the user's own store is never written. The folder must exist: .NET reports a missing one
# as no folder at all, and PSResourceGet then writes its store into the current directory.
$store = New-Item -ItemType Directory -Path (Join-Path ([System.IO.Path]::GetTempPath()) "ImgurPS-package-$([guid]::NewGuid().ToString('N'))")
$pwsh, $prefix = if (Test-Path "$PSHOME/pwsh") { "$PSHOME/pwsh", @() } else { 'dotnet', @("$PSHOME/pwsh.dll") }
$savedDataHome = $env:XDG_DATA_HOME
try {
    $env:XDG_DATA_HOME = $store.FullName
    & $pwsh @prefix -NoProfile -NonInteractive -Command "`$ErrorActionPreference = 'Stop'; Compress-PSResource -Path $(ConvertTo-Literal (Resolve-Path -LiteralPath $ModulePath).Path) -DestinationPath $(ConvertTo-Literal (Resolve-Path -LiteralPath $OutputFolder).Path)"
    if ($LASTEXITCODE -ne 0) { throw "Compress-PSResource failed with exit code $LASTEXITCODE." }
}
finally {
    $env:XDG_DATA_HOME = $savedDataHome
    Remove-Item -LiteralPath $store.FullName -Recurse -Force -ErrorAction Ignore
}
$version = (Import-PowerShellDataFile -LiteralPath (Join-Path $ModulePath 'ImgurPS.psd1')).ModuleVersion
Get-Item -LiteralPath (Join-Path $OutputFolder "ImgurPS.$version.nupkg")
