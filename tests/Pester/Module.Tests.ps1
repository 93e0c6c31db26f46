BeforeAll {
    $manifestPath = Join-Path $env:IMGURPS_MODULE_PATH 'ImgurPS.psd1'
    Import-Module $manifestPath -Force
    $module = Get-Module ImgurPS
}

Describe 'The ImgurPS module' {
    It 'passes Test-ModuleManifest' {
        { Test-ModuleManifest -Path $manifestPath -ErrorAction Stop } | Should -Not -Throw
    }

    It 'exports explicit lists with no wildcard' {
        $data = Import-PowerShellDataFile -LiteralPath $manifestPath
        foreach ($field in 'CmdletsToExport', 'FunctionsToExport', 'VariablesToExport', 'AliasesToExport') {
            @($data[$field]) -join ',' | Should -Not -Match '\*' -Because "$field must be explicit"
        }
    }

    It 'exports exactly the cmdlets the assembly defines' {
        $data = Import-PowerShellDataFile -LiteralPath $manifestPath
        $defined = $module.ImplementingAssembly.GetTypes() |
            ForEach-Object { $_.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false) } |
            ForEach-Object { "$($_.VerbName)-$($_.NounName)" }
        ($data.CmdletsToExport | Sort-Object) | Should -Be ($defined | Sort-Object)
        ($module.ExportedCmdlets.Keys | Sort-Object) | Should -Be ($defined | Sort-Object)
    }

    It 'names its project, license and platforms for the gallery, and no updatable help' {
        $data = Import-PowerShellDataFile -LiteralPath $manifestPath
        $data.Keys | Should -Not -Contain 'HelpInfoUri' -Because 'no updatable help is served; Get-Help -Online opens each cmdlet''s HelpUri'
        $data.PrivateData.PSData.ProjectUri | Should -Match '^https://'
        $data.PrivateData.PSData.LicenseUri | Should -Match '^https://'
        foreach ($tag in 'PSEdition_Desktop', 'PSEdition_Core', 'Windows', 'Linux', 'MacOS', 'Imgur') {
            $data.PrivateData.PSData.Tags | Should -Contain $tag
        }
    }

    It 'declares the Desktop and Core editions and PowerShell 5.1 as its minimum in the manifest' {
        $module.CompatiblePSEditions | Should -Be @('Desktop', 'Core')
        $module.PowerShellVersion | Should -Be ([version]'5.1')
    }

    It 'declares an output type on every cmdlet' {
        foreach ($command in Get-Command -Module ImgurPS -CommandType Cmdlet) {
            $command.OutputType | Should -Not -BeNullOrEmpty -Because "$($command.Name) should declare [OutputType]"
        }
    }

    It 'takes secrets only as SecureString' {
        $secretParameters = Get-Command -Module ImgurPS | ForEach-Object { $_.Parameters.Values } |
            Where-Object Name -Match 'Secret|Token|Key|Password$'
        $secretParameters | Should -Not -BeNullOrEmpty
        foreach ($parameter in $secretParameters) {
            $parameter.ParameterType | Should -Be ([securestring]) -Because "-$($parameter.Name) is a secret"
        }
    }

    It 'shows no dependency type on its public surface' {
        $public = Get-Command -Module ImgurPS | ForEach-Object {
            $_.Parameters.Values.ParameterType
            $_.OutputType.Type
        }
        $public += $module.ImplementingAssembly.GetExportedTypes() | ForEach-Object { $_.GetProperties().PropertyType }
        $public | Where-Object { $_ -and $_.Assembly.GetName().Name -match '^(System\.Text\.Json|Microsoft\.Extensions\.)' } |
            Should -BeNullOrEmpty
    }

    It 'forgets the session and rebuilds its HTTP pipeline when removed and imported again' {
        Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
        $null = Connect-TestImgur
        Remove-Module ImgurPS
        Import-Module $manifestPath -Force

        { Get-ImgurCredit -ErrorAction Stop } | Should -Throw -ErrorId 'ImgurNotConnected*'
        $null = Connect-TestImgur
        (Get-ImgurCredit).ClientLimit | Should -BeGreaterThan 0
    }
}
