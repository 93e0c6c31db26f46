<#
.SYNOPSIS
A short tour of ImgurPS against the Imgur emulator: connect, upload the sample images, save them back, read a
gallery page, and look at credits and rate limits. build.ps1 -Task Demo starts the emulator and runs this script.
#>
param(
    [Parameter(Mandatory)] [uri] $BaseUri,
    [string] $ModulePath = (Join-Path $PSScriptRoot '../out/ImgurPS')
)

$ErrorActionPreference = 'Stop'
Import-Module (Join-Path $ModulePath 'ImgurPS.psd1')

function Show-Step([string] $Command) { Write-Host "`nPS> $Command" -ForegroundColor Cyan }

# Wide enough for the default views even when the output goes to a log rather than a terminal.
function Show-Result { $input | Out-String -Width 150 | Write-Host }

# The emulator registers this client id; against real Imgur use your own app's id.
$clientId = (Invoke-RestMethod "$($BaseUri)_emulator/credentials").clientId

Show-Step "Connect-Imgur -ClientId $clientId -BaseUri $BaseUri"
Connect-Imgur -ClientId $clientId -BaseUri $BaseUri | Format-List | Show-Result

Show-Step 'Get-ChildItem samples/*.png | Send-ImgurImage -Title "ImgurPS demo"'
$uploads = Get-ChildItem (Join-Path $PSScriptRoot '*.png') | Send-ImgurImage -Title 'ImgurPS demo'
$uploads | Format-Table | Show-Result

Show-Step '$uploads | Save-ImgurImage -Destination $saved   # byte for byte, skipped when run again'
$saved = Join-Path ([System.IO.Path]::GetTempPath()) "imgurps-demo-$PID"
try {
    $uploads | Save-ImgurImage -Destination $saved | Format-Table | Show-Result
    $same = @($uploads | Where-Object { (Get-FileHash (Join-Path $PSScriptRoot $_.Name)).Hash -eq (Get-FileHash (Join-Path $saved "$($_.Id).png")).Hash })
    Write-Host "$($same.Count) of $($uploads.Count) saved files are identical to the uploaded ones."
}
finally { Remove-Item -LiteralPath $saved -Recurse -Force -ErrorAction Ignore }

Show-Step 'Get-ImgurGallery -Section hot -Sort viral | Select-Object -First 8'
Get-ImgurGallery -Section hot -Sort viral | Select-Object -First 8 | Format-Table | Show-Result

Show-Step 'Get-ImgurCredit'
Get-ImgurCredit | Format-List | Show-Result

Show-Step '$uploads[-1].RateLimit   # every object carries the rate limits of its response'
$uploads[-1].RateLimit | Format-List | Show-Result

Disconnect-Imgur
Write-Host 'Demo complete.' -ForegroundColor Green
