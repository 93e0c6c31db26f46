# Helpers for the album, image and account-content tests: upload fixtures and emulator route checks.

Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1')

$script:Samples = Join-Path $PSScriptRoot '../../samples'

function Get-SamplePath {
    <# The sample images, or the first -Count of them. #>
    param([int] $Count = 3)
    Get-ChildItem (Join-Path $script:Samples '*.png') | Select-Object -First $Count | ForEach-Object FullName
}

function Test-EmulatorRoute {
    <#
    True when the emulator serves Method Path: a route it does not know answers with its HTML 404 page, while a
    known route answers in Imgur's envelope even for ids that do not exist. Call it before Reset-Emulator: the
    probe costs a credit and shows in the request log.
    #>
    param([string] $Method = 'GET', [Parameter(Mandatory)] [string] $Path)
    $credential = Get-EmulatorCredential
    $request = @{
        Method               = $Method
        Uri                  = "$(Get-EmulatorUri)$($Path.TrimStart('/'))"
        Headers              = @{ Authorization = "Bearer $($credential.accessToken)" }
        SkipHttpErrorCheck   = $true
        UseBasicParsing      = $true
    }
    $response = Invoke-WebRequest @request
    -not ($response.StatusCode -eq 404 -and "$($response.Headers['Content-Type'])" -match 'html')
}

function Skip-UnlessRoute {
    <# Marks the running test skipped, naming the route, when the emulator does not serve it yet. #>
    param([Parameter(Mandatory)] [hashtable] $Routes, [Parameter(Mandatory)] [string[]] $Name)
    foreach ($route in $Name) {
        if (-not $Routes[$route]) { Set-ItResult -Skipped -Because "the emulator has no route for $route yet" }
    }
}

Export-ModuleMember -Function Get-SamplePath, Test-EmulatorRoute, Skip-UnlessRoute
