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
# Publishing to a folder registered as a repository is how PSResourceGet writes a package; the registration is
# temporary and removed again.
$repository = "ImgurPSBuild$([guid]::NewGuid().ToString('N').Substring(0, 8))"
Register-PSResourceRepository -Name $repository -Uri (Resolve-Path -LiteralPath $OutputFolder).Path -Trusted
try {
    Publish-PSResource -Path $ModulePath -Repository $repository -SkipDependenciesCheck
}
finally {
    Unregister-PSResourceRepository -Name $repository
}
$version = (Import-PowerShellDataFile -LiteralPath (Join-Path $ModulePath 'ImgurPS.psd1')).ModuleVersion
Get-Item -LiteralPath (Join-Path $OutputFolder "ImgurPS.$version.nupkg")
